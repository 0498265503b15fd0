// `pm2 reload` with the shipped ecosystem.config.cjs (two web instances in cluster mode and the
// bundled job worker) while shoppers browse and check out: every request is answered 200, both
// instances are replaced, the worker is left alone. The timed run at 50 requests/s is
// bench/pm2-reload.bench.ts.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startOpsStack, waitFor, type OpsStack } from "./support/ops-stack";
import { shopPm2 } from "./support/pm2";
import { shopClient } from "./support/shop-client";
import { shoppersReadyToPay, stockedProduct } from "./support/shoppers";

const WEB_PORT = 27230;
const base = `http://127.0.0.1:${WEB_PORT}`;
let stack: OpsStack;
let pm2: ReturnType<typeof shopPm2>;
beforeAll(async () => {
  stack = await startOpsStack(27220);
  pm2 = shopPm2(stack, WEB_PORT, { RATE_LIMIT_IP_SCALE: "20" });
  await pm2.run("start", "ecosystem.config.cjs");
  await waitFor(
    async () => (await fetch(`${base}/api/health/ready`).catch(() => null))?.ok === true,
    90_000,
    () => pm2.logTails(),
  );
});
afterAll(async () => {
  await pm2?.kill();
  await stack?.stop();
});

type Pm2Process = { name: string; pid: number; pm2_env: { status: string; restart_time: number } };
const processes = async () => JSON.parse(await pm2.run("jlist")) as Pm2Process[];
const pidsOf = async (name: string) =>
  (await processes())
    .filter((process) => process.name === name)
    .map((process) => process.pid)
    .sort();

// Requests one after another until stopped: each answer's status, or the network error.
async function browseUntil(stopped: () => boolean, path: string): Promise<string[]> {
  const outcomes: string[] = [];
  while (!stopped()) {
    outcomes.push(
      await fetch(`${base}${path}`).then(
        async (response) => {
          await response.arrayBuffer();
          return String(response.status);
        },
        (error: Error) => `${error.message} ${String(error.cause)}`,
      ),
    );
  }
  return outcomes;
}

describe("pm2 reload", () => {
  it("replaces both web instances while shoppers browse and buy, every request answered 200", async () => {
    const productId = await stockedProduct(stack.db);
    const shoppers = await shoppersReadyToPay(stack.db, base, 6, productId);
    const ordersBefore = await stack.db.order.count();
    const webBefore = await pidsOf("shopfront-web");
    const workerBefore = await pidsOf("shopfront-worker");
    expect(webBefore).toHaveLength(2);

    let reloaded = false;
    const browsing = [
      "/",
      "/products",
      `/api/trpc/product.list?input=${encodeURIComponent(JSON.stringify({ json: { limit: 12 } }))}`,
    ].map((path) => browseUntil(() => reloaded, path));
    const reload = pm2.run("reload", "shopfront-web").finally(() => (reloaded = true));
    // Checkouts spread over the reload, one a second.
    const checkouts = shoppers.map(async (shopper, index) => {
      await new Promise((resolve) => setTimeout(resolve, index * 1_000));
      return String((await shopper.placeOrder()).status);
    });
    await reload;
    const outcomes = [...(await Promise.all(browsing)).flat(), ...(await Promise.all(checkouts))];

    expect(
      outcomes.filter((outcome) => outcome !== "200"),
      pm2.logTails(),
    ).toEqual([]);
    expect(outcomes.length).toBeGreaterThan(shoppers.length * 2);
    expect(await stack.db.order.count()).toBe(ordersBefore + shoppers.length);
    const webAfter = await pidsOf("shopfront-web");
    expect(webAfter).toHaveLength(2);
    expect(webAfter.filter((pid) => webBefore.includes(pid))).toEqual([]);
    expect(await pidsOf("shopfront-worker")).toEqual(workerBefore);
    expect((await processes()).every((process) => process.pm2_env.status === "online")).toBe(true);
    // A signed-in session carries across the new instances.
    const shopper = shopClient(base);
    shopper.setCookie(shoppers[0]!.cookie());
    expect((await shopper.query("order.list", {})).status).toBe(200);
  }, 240_000);
});
