// Checkouts whose answers are kept, beside the shop traffic (which keeps no body of a 2xx): each
// 200 names its order, so afterwards every order a shopper was told about can be looked up.
// Each shopper alternates placing an order and putting the item back in the cart; a failed step
// is repeated on the shopper's next turn.
import { randomUUID } from "node:crypto";
import { ADDRESS } from "../../tests/ops/support/shop-client";
import type { Cluster } from "./resilience-cluster";
import { signedInShoppers, spread, type Catalog } from "./resilience-traffic";
import { send } from "./load";
import { openLoopUntil, type Sample } from "./shop-traffic";

const PER_SECOND = 4;
const SHOPPERS = 20;

export type TrackedCheckout = Sample & { orderId?: string };

export async function trackedCheckouts(cluster: Cluster, catalogs: Catalog[]) {
  const productIds = spread(catalogs, SHOPPERS);
  const clients = await signedInShoppers(cluster, productIds);
  const idle = clients.map((client, index) => ({
    cookie: client.cookie(),
    productId: productIds[index]!,
    cartFilled: true,
  }));
  const answers: TrackedCheckout[] = [];

  async function step(shopper: (typeof idle)[number], dueAt: number): Promise<Sample> {
    const [kind, input] = shopper.cartFilled
      ? (["checkout.placeOrder", { idempotencyKey: randomUUID(), shippingAddress: ADDRESS }] as const)
      : (["cart.addItem", { productId: shopper.productId, quantity: 1 }] as const);
    const headers = {
      "content-type": "application/json",
      origin: cluster.url,
      "sec-fetch-site": "same-origin",
      cookie: shopper.cookie,
    };
    const result = await send({
      url: `${cluster.url}/api/trpc/${kind}`,
      method: "POST",
      headers,
      body: JSON.stringify({ json: input }),
    });
    const sample: Sample = {
      kind,
      dueAt,
      ms: performance.now() - dueAt,
      status: result.status,
      body: result.body.slice(0, 300),
    };
    if (result.error) sample.error = result.error;
    if (result.status === 200) shopper.cartFilled = !shopper.cartFilled;
    if (kind === "checkout.placeOrder") {
      const orderId = /"orderId":"([0-9a-f-]+)"/.exec(result.body)?.[1];
      answers.push(orderId ? { ...sample, orderId } : sample);
    }
    return sample;
  }

  let running = true;
  const load = openLoopUntil(
    PER_SECOND,
    () => running,
    async (dueAt) => {
      const shopper = idle.shift();
      // Every shopper is mid-request (a stalled server): this turn is skipped and counted.
      if (!shopper) return { kind: "checkout.placeOrder", dueAt, ms: 0, status: -1 };
      try {
        return await step(shopper, dueAt);
      } finally {
        idle.push(shopper);
      }
    },
  );

  return {
    async stop() {
      running = false;
      const samples = await load;
      return { checkouts: answers, skippedTurns: samples.filter((sample) => sample.status === -1).length };
    },
  };
}

// Every checkout answered 200 names an order that must exist in the database.
export async function ordersLost(cluster: Cluster, checkouts: TrackedCheckout[]) {
  const promised = checkouts.filter((checkout) => checkout.status === 200);
  const orderIds = promised.flatMap((checkout) => (checkout.orderId ? [checkout.orderId] : []));
  const found = await cluster.stack.db.order.count({ where: { id: { in: orderIds } } });
  return {
    answered200: promised.length,
    withOrderId: orderIds.length,
    foundInDatabase: found,
    lost: promised.length - found,
  };
}
