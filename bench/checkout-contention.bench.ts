// A checkout rush: one product with stock 100, 500 buyers with it in their cart, all 500
// placeOrder requests fired at once. Exactly 100 must succeed and the stock must end at 0.
// tRPC `checkout.placeOrder` and the plain-`pg` baseline route (app/api/bench/checkout) in
// turn, A/B/A/B, stock reset and fresh buyers before each burst.
// Needs `npm run build` first. Run: npx tsx --tsconfig tsconfig.scripts.json bench/checkout-contention.bench.ts
import pg from "pg";
import { startBenchServer } from "./lib/bench-server";
import { createBuyers } from "./lib/checkout-buyers";
import { failureCode, placeOrderRequest, type Side } from "./lib/checkout-requests";
import { burst } from "./lib/load";
import { summarize } from "./lib/stats";

const STOCK = 100;
const BUYERS = 500;

const server = await startBenchServer(3500);
const db = new pg.Pool({ connectionString: server.databaseUrl, max: 2 });

async function rush(side: Side, productId: string) {
  await db.query(`UPDATE products SET stock = $2 WHERE id = $1`, [productId, STOCK]);
  const buyers = await createBuyers(db, BUYERS, () => [productId], server);
  const { seconds, results } = await burst(buyers.map((buyer) => placeOrderRequest(side, server, buyer)));
  const sold = results.filter(({ status }) => status === 200);
  const soldOutSeconds = Math.max(0, ...sold.map(({ ms }) => ms)) / 1000;
  const failures: Record<string, number> = {};
  for (const { status, body } of results.filter(({ status }) => status !== 200)) {
    const code = failureCode(status, body);
    failures[code] = (failures[code] ?? 0) + 1;
  }
  const { rows } = await db.query<{ stock: number; orders: number }>(
    `SELECT (SELECT stock FROM products WHERE id = $1) AS stock, (SELECT count(*)::int FROM orders WHERE "userId" = ANY($2::uuid[])) AS orders`,
    [productId, buyers.map(({ userId }) => userId)],
  );
  return {
    side,
    successes: sold.length,
    failures,
    // Orders per second while stock lasted: successes over the time to the last of them.
    ordersPerSecond: Math.round(sold.length / soldOutSeconds),
    soldOutSeconds: Math.round(soldOutSeconds * 100) / 100,
    allAnsweredSeconds: Math.round(seconds * 100) / 100,
    latencyMs: summarize(results.map(({ ms }) => ms)),
    finalStock: rows[0]?.stock,
    ordersInDatabase: rows[0]?.orders,
  };
}

let held = false;
try {
  const { rows } = await db.query<{ id: string }>(
    `INSERT INTO products (id, slug, name, "priceCents", stock, "categoryId", "updatedAt")
     SELECT gen_random_uuid(), 'bench-rush-' || gen_random_uuid(), 'Bench rush item', 2500, 0, id, now() FROM categories LIMIT 1
     RETURNING id`,
  );
  const productId = rows[0]?.id;
  if (!productId) throw new Error("the seeded database has no category");
  const sides: Side[] = ["trpc", "baseline"];
  // A full rush per side first, unrecorded: a smaller warm-up left the first recorded round ~40% slower.
  for (const side of sides) await rush(side, productId);
  const runs = [];
  for (let round = 0; round < 2; round++) {
    for (const side of sides) runs.push(await rush(side, productId));
  }
  held = runs.every((run) => run.successes === STOCK && run.finalStock === 0 && run.ordersInDatabase === STOCK);
  console.log(
    JSON.stringify(
      { bench: `checkout rush: stock ${STOCK}, ${BUYERS} buyers at once`, exactlyStockSold: held, runs },
      null,
      2,
    ),
  );
} finally {
  await db.end();
  server.stop();
}
process.exit(held ? 0 : 1);
