// A seeded product page (`/products/<slug>`, server-rendered, anonymous shopper, full HTML)
// against a static script the same page loads, from one production server with its Redis
// catalog cache on, closed loop, interleaved A, B, A, B. Server pinned to core 0, load on core 1.
// --orders-per-second N: orders placed through tRPC checkout.placeOrder for the whole run, to
// show what orders do to the cached product page. --profile <dir>: the server's CPU profile.
// Needs `npm run build` first.
// Run: npx tsx --tsconfig tsconfig.scripts.json bench/product-page.bench.ts [--orders-per-second 2] [--profile <dir>]
import { loadavg } from "node:os";
import { parseArgs } from "node:util";
import pg from "pg";
import { startBackgroundOrders } from "./lib/background-orders";
import { startBenchServer } from "./lib/bench-server";
import { productPageAndAsset } from "./lib/page-and-asset";
import { productPageEntries } from "./lib/page-cache-entries";
import { timedClosedLoop } from "./lib/timed-closed-loop";

const WORKERS = 8;
const ROUNDS = 3;
const SECONDS = 8;

const { values } = parseArgs({
  options: { "orders-per-second": { type: "string", default: "0" }, profile: { type: "string" } },
});
const ordersPerSecond = Number(values["orders-per-second"]);
const load = () => loadavg().map((value) => Math.round(value * 100) / 100);
const loadAtStart = load();
const PORT = 3480;
const server = await startBenchServer(PORT, { withRedis: true, profileDir: values.profile });
const db = new pg.Pool({ connectionString: server.databaseUrl, max: 2 });

try {
  const sides = await productPageAndAsset(server.base, db);
  // Room for every second of the run, warm-up included.
  const orders =
    ordersPerSecond > 0 ? await startBackgroundOrders(db, server, ordersPerSecond, (2 * ROUNDS + 2) * SECONDS) : null;
  for (const url of [sides.page, sides.asset]) await timedClosedLoop(url, WORKERS, SECONDS / 2); // warm-up
  const runs = { page: [] as unknown[], asset: [] as unknown[] };
  const best = { page: 0, asset: 0 };
  for (let round = 0; round < ROUNDS; round++) {
    for (const side of ["page", "asset"] as const) {
      const run = await timedClosedLoop(side === "page" ? sides.page : sides.asset, WORKERS, SECONDS);
      runs[side].push(run);
      best[side] = Math.max(best[side], run.requestsPerSecond);
    }
  }
  console.log(
    JSON.stringify(
      {
        bench: "product page vs a static asset of the same server",
        ...sides,
        workers: WORKERS,
        closedLoop: runs,
        throughputRatio: Math.round((best.page / best.asset) * 1000) / 1000,
        ordersPerSecond,
        orders: await orders?.stop(),
        productPageComputesInTheLastMinute: await productPageEntries(PORT, sides.slug),
        loadAverage: { atStart: loadAtStart, atEnd: load() },
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
