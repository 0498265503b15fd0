// The production build served by scripts/e2e-server.ts for a benchmark: pinned to core 0 with
// the PostgreSQL it starts (taskset is inherited; the load generator runs on core 1), by default
// without Redis so both sides of a comparison do the same database work, with the BENCH_BASELINE routes
// switched on. Needs `npm run build` first.
import { spawn } from "node:child_process";
import { createInterface } from "node:readline";

// Fixed by scripts/e2e-server.ts (backing services at the app port's offset from 3100) and
// scripts/lib/embedded-postgres.ts (loopback-only user and password).
const E2E_AUTH_SECRET = "e2e-only-auth-secret-0123456789abcdef0123";
const databaseUrlFor = (port: number) => `postgresql://shopfront:shopfront@127.0.0.1:${25349 + port - 3100}/shopfront`;

async function waitReady(base: string) {
  for (let attempt = 0; attempt < 240; attempt++) {
    const ok = await fetch(`${base}/api/health/ready`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error("server did not become ready");
}

// profileDir: the server writes a CPU profile (--cpu-prof) there when it stops.
// withRedis: the app gets its Redis (catalog cache on), for benches of what shoppers get.
// countMajorGcs: the server runs with --trace-gc and majorGcs() counts its full (mark-compact)
// collections so far, which is what stalls it for 100 ms and more (BENCHMARKS.md, product.list).
export async function startBenchServer(
  port: number,
  options: { profileDir?: string; withRedis?: boolean; countMajorGcs?: boolean } = {},
) {
  const nodeArgs = [
    ...(options.profileDir ? ["--cpu-prof", `--cpu-prof-dir=${options.profileDir}`] : []),
    ...(options.countMajorGcs ? ["--trace-gc"] : []),
  ].join(" ");
  const server = spawn("taskset", ["-c", "0", "npx", "tsx", "scripts/e2e-server.ts"], {
    env: {
      ...process.env,
      E2E_PORT: String(port),
      ...(options.withRedis ? {} : { E2E_WITHOUT_REDIS: "1" }),
      BENCH_BASELINE: "1",
      E2E_SERVER_NODE_ARGS: nodeArgs,
    },
    stdio: ["ignore", options.countMajorGcs ? "pipe" : "ignore", "ignore"],
    detached: true,
  });
  let majorGcs = 0;
  if (server.stdout) {
    createInterface({ input: server.stdout }).on("line", (line) => {
      if (line.includes(": Mark-Compact ")) majorGcs += 1;
    });
  }
  const stop = () => {
    if (server.pid) process.kill(-server.pid, "SIGTERM");
  };
  const base = `http://127.0.0.1:${port}`;
  try {
    await waitReady(base);
  } catch (error) {
    stop();
    throw error;
  }
  return {
    base,
    appUrl: `http://localhost:${port}`,
    authSecret: E2E_AUTH_SECRET,
    databaseUrl: databaseUrlFor(port),
    majorGcs: () => majorGcs,
    stop,
  };
}
