// tRPC `product.list` (Next route → tRPC → service → Prisma) against a bare Next route handler
// running the same SQL with plain `pg`, on one production server, interleaved A/B/A/B.
// The app runs without Redis here so both sides do the same database work.
// Needs `npm run build` first. Run: npx tsx bench/product-list.bench.ts [--rounds 2] [--profile <dir>]
import { parseArgs } from "node:util";
import { closedLoop, openLoop } from "./lib/load";
import { startBenchServer } from "./lib/bench-server";

// --profile <dir>: the server's CPU profile of the whole run (open in Chrome DevTools).
// --rounds N: closed-loop A/B pairs; each pair's ratio is printed too, as a measure of the noise.
const { values } = parseArgs({ options: { profile: { type: "string" }, rounds: { type: "string", default: "2" } } });
const rounds = Number(values.rounds);
const server = await startBenchServer(3400, { profileDir: values.profile });
const tRPC = `${server.base}/api/trpc/product.list?input=${encodeURIComponent(JSON.stringify({ json: { limit: 12 } }))}`;
const baseline = `${server.base}/api/bench/products`;

try {
  for (const url of [tRPC, baseline]) await closedLoop(url, 8, 3); // warm-up
  const ceilings = { trpc: [] as number[], baseline: [] as number[] };
  for (let round = 0; round < rounds; round++) {
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
        ratioPerRound: ceilings.trpc.map(
          (trpc, round) => Math.round((trpc / (ceilings.baseline[round] ?? 1)) * 100) / 100,
        ),
        openLoopRate: rate,
        openLoopLatencyMs: latency,
      },
      null,
      2,
    ),
  );
} finally {
  server.stop();
}
process.exit(0);
