// tRPC `product.list` (Next route → tRPC → service → Prisma) against a bare Next route handler
// running the same SQL with plain `pg`, on one production server, interleaved A/B/A/B.
// The app runs without Redis here so both sides do the same database work.
// Needs `npm run build` first. Run: npx tsx bench/product-list.bench.ts
import { spawn } from "node:child_process";
import { closedLoop, openLoop } from "./lib/load";

const PORT = 3400;
const base = `http://127.0.0.1:${PORT}`;
const tRPC = `${base}/api/trpc/product.list?input=${encodeURIComponent(JSON.stringify({ json: { limit: 12 } }))}`;
const baseline = `${base}/api/bench/products`;

// The server gets core 0, this load generator core 1.
const server = spawn("taskset", ["-c", "0", "npx", "tsx", "scripts/e2e-server.ts"], {
  env: { ...process.env, E2E_PORT: String(PORT), E2E_WITHOUT_REDIS: "1", BENCH_BASELINE: "1", LOG_LEVEL: "silent" },
  stdio: "ignore",
  detached: true,
});

async function waitReady() {
  for (let attempt = 0; attempt < 240; attempt++) {
    const ok = await fetch(`${base}/api/health/ready`).then((r) => r.ok, () => false);
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error("server did not become ready");
}

try {
  await waitReady();
  for (const url of [tRPC, baseline]) await closedLoop(url, 8, 3); // warm-up
  const ceilings = { trpc: [] as number[], baseline: [] as number[] };
  for (let round = 0; round < 2; round++) {
    ceilings.trpc.push((await closedLoop(tRPC, 16, 8)).requestsPerSecond);
    ceilings.baseline.push((await closedLoop(baseline, 16, 8)).requestsPerSecond);
  }
  const best = (values: number[]) => Math.max(...values);
  const rate = Math.floor(0.5 * Math.min(best(ceilings.trpc), best(ceilings.baseline)));
  const latency = { trpc: [] as unknown[], baseline: [] as unknown[] };
  for (let round = 0; round < 2; round++) {
    latency.trpc.push(await openLoop(tRPC, rate, 10));
    latency.baseline.push(await openLoop(baseline, rate, 10));
  }
  console.log(
    JSON.stringify(
      {
        bench: "product.list first page",
        closedLoopRequestsPerSecond: ceilings,
        throughputRatio: Math.round((best(ceilings.trpc) / best(ceilings.baseline)) * 1000) / 1000,
        openLoopRate: rate,
        openLoopLatencyMs: latency,
      },
      null,
      2,
    ),
  );
} finally {
  if (server.pid) process.kill(-server.pid, "SIGTERM");
}
process.exit(0);
