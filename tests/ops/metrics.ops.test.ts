// /api/metrics on a production server after real traffic: the series a dashboard or an alert
// reads move with what shoppers did (requests by route, procedures by outcome, orders, refused
// sign-ins and webhooks, the job queue, the database pool, Node's own metrics).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startOpsStack, type AppProcess, type OpsStack } from "./support/ops-stack";
import { shopClient } from "./support/shop-client";
import { shoppersReadyToPay, stockedProduct } from "./support/shoppers";

const METRICS_TOKEN = "ops-metrics-token-0123456789";
let stack: OpsStack;
let app: AppProcess;
beforeAll(async () => {
  stack = await startOpsStack(27200);
  app = await stack.startApp(27210, { METRICS_TOKEN, RATE_LIMIT_IP_SCALE: "20" });
});
afterAll(() => stack?.stop());

async function scrape(): Promise<(name: string, labels?: Record<string, string>) => number> {
  const response = await fetch(`${app.url}/api/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
  expect(response.status).toBe(200);
  const lines = (await response.text()).split("\n").filter((line) => line && !line.startsWith("#"));
  // The sum of every sample of `name` whose labels include all of `labels`.
  return (name, labels = {}) =>
    lines
      .filter((line) => line.startsWith(`${name}{`) || line.startsWith(`${name} `))
      .filter((line) => Object.entries(labels).every(([key, value]) => line.includes(`${key}="${value}"`)))
      .reduce((sum, line) => sum + Number(line.slice(line.lastIndexOf(" ") + 1)), 0);
}

describe("metrics", () => {
  it("is refused without the bearer token", async () => {
    expect((await fetch(`${app.url}/api/metrics`)).status).toBe(401);
    expect(
      (await fetch(`${app.url}/api/metrics`, { headers: { authorization: "Bearer wrong-token-0123456789" } })).status,
    ).toBe(401);
  });

  it("counts what shoppers did", async () => {
    const productId = await stockedProduct(stack.db);
    const product = await stack.db.product.findUniqueOrThrow({ where: { id: productId }, select: { slug: true } });
    const [shopper] = await shoppersReadyToPay(stack.db, app.url, 1, productId);
    const before = await scrape();

    expect((await fetch(`${app.url}/products/${product.slug}`)).status).toBe(200);
    expect((await shopper!.placeOrder()).status).toBe(200);
    expect(
      (
        await shopClient(app.url).mutate("auth.signIn", {
          email: "nobody@shopfront.test",
          password: "not-the-password-1",
        })
      ).status,
    ).toBe(401);
    const webhook = await fetch(`${app.url}/api/webhooks/payments`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "webhook-id": "msg_forged",
        "webhook-timestamp": String(Math.floor(Date.now() / 1000)),
        "webhook-signature": "v1,Zm9yZ2Vk",
      },
      body: "{}",
    });
    expect(webhook.status).toBe(401);
    const afterTraffic = await scrape();

    const moved = (name: string, labels?: Record<string, string>) => afterTraffic(name, labels) - before(name, labels);
    expect(
      moved("http_request_duration_seconds_count", { route: "/products/[slug]", method: "GET", status: "200" }),
    ).toBe(1);
    expect(moved("trpc_procedure_duration_seconds_count", { procedure: "checkout.placeOrder", outcome: "ok" })).toBe(1);
    expect(
      moved("trpc_procedure_duration_seconds_count", { procedure: "auth.signIn", outcome: "INVALID_CREDENTIALS" }),
    ).toBe(1);
    expect(moved("shop_orders_placed_total")).toBe(1);
    expect(moved("shop_sign_in_failures_total", { code: "INVALID_CREDENTIALS" })).toBe(1);
    expect(moved("shop_payment_webhook_rejections_total", { reason: "signature" })).toBe(1);
    // Jobs run in their own process in production: the order's confirmation email waits in the queue.
    expect(afterTraffic("shop_jobs", { state: "queued" })).toBeGreaterThan(0);
    expect(afterTraffic("db_pool_connections", { state: "open" })).toBeGreaterThan(0);
    expect(afterTraffic("nodejs_eventloop_lag_seconds")).toBeGreaterThan(0);
    expect(afterTraffic("nodejs_heap_size_used_bytes")).toBeGreaterThan(0);
  });
});
