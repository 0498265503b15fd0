// Orders placed through the real API (tRPC checkout.placeOrder) at a fixed rate while a bench
// measures something else, so the bench sees what those orders do to caches. Each buyer's cart
// holds two products spread over the catalog; stock is set high first, so no product's stock
// status changes and no order is refused for stock.
import type pg from "pg";
import { createBuyers } from "./checkout-buyers";
import { placeOrderRequest } from "./checkout-requests";
import { send } from "./load";

type Server = { base: string; appUrl: string; authSecret: string };

export async function startBackgroundOrders(db: pg.Pool, server: Server, perSecond: number, maxSeconds: number) {
  const { rows } = await db.query<{ id: string }>(
    `UPDATE products SET stock = 1000000 WHERE active AND "deletedAt" IS NULL AND currency = 'USD' RETURNING id`,
  );
  const ids = rows.map(({ id }) => id);
  const pick = (index: number) => ids[index % ids.length] ?? "";
  const buyers = await createBuyers(
    db,
    Math.ceil(perSecond * maxSeconds),
    (i) => [pick(2 * i), pick(2 * i + 1)],
    server,
  );
  const outcome = { placed: 0, failed: 0 };
  let next = 0;
  const inFlight: Promise<void>[] = [];
  const timer = setInterval(() => {
    const buyer = buyers[next++];
    if (!buyer) return;
    inFlight.push(
      send(placeOrderRequest("trpc", server, buyer)).then(({ status }) => {
        if (status === 200) outcome.placed += 1;
        else outcome.failed += 1;
      }),
    );
  }, 1000 / perSecond);
  return {
    async stop() {
      clearInterval(timer);
      await Promise.all(inFlight);
      return { ...outcome, productsOrderedFrom: ids.length };
    },
  };
}
