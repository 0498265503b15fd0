// Realtime fan-out, three servers side by side in one run, each in its own process on core 1
// (the load generator and Redis on core 0):
// - raw: a plain node:http SSE server writing each event to a Set of responses;
// - trpc: stock tRPC 11 subscriptions, the documented `on(emitter, "event")` pattern;
// - shopfront: the same tRPC subscription fed by the app's live stream (Redis hub, bounded
//   per-client queue), broadcasts published with publishDurable through a real Redis.
// For each: heap and RSS per idle subscriber, delivered events/s at saturation, p50/p99
// delivery latency at a fixed broadcast rate. Ratios against raw are the result.
// Run: npx tsx --tsconfig tsconfig.scripts.json bench/realtime.bench.ts [--subscribers 10000]
//      [--profile <dir>] [--servers raw,shopfront]
import { parseArgs } from "node:util";
import { startRedisServer } from "../scripts/lib/redis-server";
import { measureServer, type Settings } from "./lib/realtime-measure";
import { openFileLimit, pinToLoadCore, startFanOutServer, tasksetAvailable } from "./lib/realtime-process";
import { printReport, type Row } from "./lib/realtime-report";

const { values } = parseArgs({
  options: {
    subscribers: { type: "string", default: "2000" },
    "saturate-seconds": { type: "string", default: "5" },
    rate: { type: "string", default: "10" },
    "latency-seconds": { type: "string", default: "10" },
    "redis-port": { type: "string", default: "49641" },
    // A directory: each server writes its profiles to <dir>/<server>/ (open in Chrome DevTools).
    profile: { type: "string" },
    // A subset, while working on one row (keep raw: the ratios are against it).
    servers: { type: "string", default: "raw,trpc,shopfront" },
  },
});
const settings: Settings = {
  subscribers: Number(values.subscribers),
  saturateSeconds: Number(values["saturate-seconds"]),
  rate: Number(values.rate),
  latencySeconds: Number(values["latency-seconds"]),
};
if (openFileLimit() < settings.subscribers + 200)
  throw new Error(`open-file limit ${openFileLimit()} is too low for ${settings.subscribers} subscribers`);
pinToLoadCore(process.pid);

const redis = await startRedisServer(Number(values["redis-port"]));
pinToLoadCore(redis.pid);
const shopEnv = {
  NODE_ENV: "production",
  REDIS_URL: redis.url,
  // The live stream reaches only Redis; the env schema still wants these, never connected to.
  DATABASE_URL: "postgresql://bench.invalid/unused",
  AUTH_SECRET: "bench-only-auth-secret-0123456789abcdef",
  LOG_LEVEL: "silent",
};
const rows: Row[] = [];
try {
  for (const mode of values.servers.split(",")) {
    process.stderr.write(`${mode}\n`);
    const server = await startFanOutServer(mode, mode === "shopfront" ? shopEnv : {}, values.profile);
    try {
      rows.push({ mode, ...(await measureServer(server.port, settings)) });
    } finally {
      await server.stop();
    }
  }
} finally {
  await redis.stop();
}
printReport(rows, settings, tasksetAvailable);
