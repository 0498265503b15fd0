// tRPC `checkout.placeOrder` (guarded route → tRPC → zod → service → Prisma transaction)
// against a bare Next route handler sending the same transaction through plain `pg`
// (app/api/bench/checkout), on one production server, interleaved A/B/A/B.
// Each buyer's cart holds two products and is filled before the timed part; stock is set high
// and buyers are spread over the whole catalog, so this prices the stack, not row contention
// (bench/checkout-contention.bench.ts does that).
// Needs `npm run build` first.
// Run: npx tsx --tsconfig tsconfig.scripts.json bench/checkout.bench.ts [--profile <dir>]
import { parseArgs } from "node:util";
import pg from "pg";
import { startBenchServer } from "./lib/bench-server";
import { createBuyers, type Buyer } from "./lib/checkout-buyers";
import { placeOrderRequest, type Side } from "./lib/checkout-requests";
import { closedLoop, openLoop, type Target } from "./lib/load";

// Enough for both ceilings at a few hundred orders per second; a run that needs more fails loudly.
const BUYERS = Number(process.env.BUYERS ?? 6_000);

// --profile <dir>: the server's CPU profile of the whole run (open in Chrome DevTools).
const { values } = parseArgs({ options: { profile: { type: "string" } } });
const server = await startBenchServer(3500, { profileDir: values.profile });
const db = new pg.Pool({ connectionString: server.databaseUrl, max: 2 });
try {
  const { rows } = await db.query<{ id: string }>(
    `UPDATE products SET stock = 1000000 WHERE active AND "deletedAt" IS NULL AND currency = 'USD' RETURNING id`,
  );
  const productIds = rows.map(({ id }) => id);
  const pick = (index: number) => productIds[index % productIds.length] ?? "";
  const buyers = await createBuyers(db, BUYERS, (index) => [pick(index), pick(index + 1)], server);
  let used = 0;
  const nextBuyer = (): Buyer => {
    const buyer = buyers[used++];
    if (!buyer) throw new Error(`all ${BUYERS} bench buyers used; raise BUYERS`);
    return buyer;
  };
  const target =
    (side: Side): Target =>
    () =>
      placeOrderRequest(side, server, nextBuyer());
  const sides: Side[] = ["trpc", "baseline"];

  // Warm-up as long as a measured run: at tens of orders per second the JIT needs it.
  for (const side of sides) await closedLoop(target(side), 16, 6);
  const ceilings = { trpc: [] as number[], baseline: [] as number[] };
  const closedErrors = { trpc: 0, baseline: 0 };
  for (let round = 0; round < 2; round++) {
    for (const side of sides) {
      const run = await closedLoop(target(side), 16, 6);
      ceilings[side].push(run.requestsPerSecond);
      closedErrors[side] += run.errors;
    }
  }
  const best = (values: number[]) => Math.max(...values);
  const rate = Math.floor(0.5 * Math.min(best(ceilings.trpc), best(ceilings.baseline)));
  const latency = { trpc: [] as unknown[], baseline: [] as unknown[] };
  for (let round = 0; round < 2; round++) {
    for (const side of sides) latency[side].push(await openLoop(target(side), rate, 8));
  }
  const { rows: counts } = await db.query<{ orders: number }>(`SELECT count(*)::int AS orders FROM orders`);
  console.log(
    JSON.stringify(
      {
        bench: "checkout.placeOrder, two-line carts",
        closedLoopOrdersPerSecond: ceilings,
        closedLoopErrors: closedErrors,
        throughputRatio: Math.round((best(ceilings.trpc) / best(ceilings.baseline)) * 1000) / 1000,
        openLoopRate: rate,
        openLoopLatencyMs: latency,
        buyersUsed: used,
        ordersInDatabase: counts[0]?.orders,
      },
      null,
      2,
    ),
  );
} finally {
  await db.end();
  server.stop();
}
process.exit(0);
