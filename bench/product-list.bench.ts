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
const server = await startBenchServer(3400, { profileDir: values.profile, countMajorGcs: true });
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
  // Each round also counts the server's full GCs: one stalls both routes alike for 100 ms and
  // more, so a round's p99 mostly says whether one fell in it (BENCHMARKS.md, product.list).
  const openLoopWithGcs = async (url: string) => {
    const before = server.majorGcs();
    const result = await openLoop(url, rate, 10);
    return { ...result, majorGcs: server.majorGcs() - before };
  };
  const latency = { trpc: [] as { p99: number }[], baseline: [] as { p99: number }[] };
  for (let round = 0; round < 2; round++) {
    latency.trpc.push(await openLoopWithGcs(tRPC));
    latency.baseline.push(await openLoopWithGcs(baseline));
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
        p99RatioPerRound: latency.trpc.map(
          (trpc, round) => Math.round((trpc.p99 / (latency.baseline[round]?.p99 ?? 1)) * 100) / 100,
        ),
      },
      null,
      2,
    ),
  );
} finally {
  server.stop();
}
process.exit(0);
