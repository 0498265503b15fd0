// SIGTERM with checkouts in flight: every one completes, readiness turns 503 at once, new
// connections are still taken until a load balancer has noticed (SHUTDOWN_DEREGISTER_SECONDS),
// then refused, keep-alive clients are told to leave, and the process exits 0 with nothing lost.
import { request } from "node:http";
import { Agent } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startOpsStack, waitFor, type OpsStack } from "./support/ops-stack";
import { holdProductRow } from "./support/row-lock";
import { shoppersReadyToPay, stockedProduct } from "./support/shoppers";

let stack: OpsStack;
beforeAll(async () => {
  stack = await startOpsStack(27110);
});
afterAll(() => stack?.stop());

// One request on a given keep-alive agent, so it reuses a connection opened before SIGTERM.
function get(agent: Agent, url: string): Promise<{ status: number; connection: string | undefined }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { agent }, (res) => {
      res.resume();
      res.on("end", () => resolve({ status: res.statusCode ?? 0, connection: res.headers.connection }));
    });
    req.on("error", reject);
    req.end();
  });
}

describe("start-up", () => {
  it("renders its main routes once before it counts as ready, so no shopper waits for them to load", async () => {
    const app = await stack.startApp(27123);
    const warm = app
      .log()
      .split("\n")
      .find((line) => line.includes('"msg":"server warm"'));
    expect(JSON.parse(warm ?? "{}")).toMatchObject({ routes: 9, failed: [] });
    expect((await get(new Agent({ keepAlive: false }), `${app.url}/api/health/ready`)).status).toBe(200);
    app.child.kill("SIGTERM");
    expect(await app.exited).toBe(0);
    // Warming left no idle connection of its own for the drain to wait out.
    expect(app.log()).not.toMatch(/grace period over/);
  }, 120_000);
});

describe("graceful shutdown", () => {
  it("finishes 20 in-flight checkouts, answers readiness 503 while draining, refuses new connections, exits 0", async () => {
    const app = await stack.startApp(27120, {
      SHUTDOWN_GRACE_SECONDS: "25",
      SHUTDOWN_DEREGISTER_SECONDS: "0",
      RATE_LIMIT_IP_SCALE: "20",
    });
    const productId = await stockedProduct(stack.db);
    const shoppers = await shoppersReadyToPay(stack.db, app.url, 20, productId);
    const keepAlive = new Agent({ keepAlive: true, maxSockets: 1 });
    expect((await get(keepAlive, `${app.url}/api/health/ready`)).status).toBe(200);

    const checkouts = shoppers.map((shopper) => shopper.placeOrder());
    await new Promise((resolve) => setTimeout(resolve, 20));
    app.child.kill("SIGTERM");
    await new Promise((resolve) => setTimeout(resolve, 100));

    const duringDrain = await get(keepAlive, `${app.url}/api/health/ready`);
    expect(duringDrain, app.log()).toEqual({ status: 503, connection: "close" });
    // A new connection (not one of fetch's pooled keep-alive sockets) finds no listener.
    await expect(get(new Agent({ keepAlive: false }), `${app.url}/api/health/live`)).rejects.toMatchObject({
      code: "ECONNREFUSED",
    });

    const results = await Promise.all(checkouts);
    expect(results.map((result) => result.status)).toEqual(Array(20).fill(200));
    expect(await app.exited).toBe(0);
    expect(await stack.db.order.count()).toBe(20);
    expect(app.log()).toMatch(/server draining/);
    expect(app.log()).toMatch(/server stopped/);
    keepAlive.destroy();
  }, 180_000);

  it("keeps taking new connections while a load balancer notices readiness 503, then stops listening", async () => {
    const app = await stack.startApp(27122, { SHUTDOWN_DEREGISTER_SECONDS: "5", SHUTDOWN_GRACE_SECONDS: "8" });
    const onNewConnection = () => get(new Agent({ keepAlive: false }), `${app.url}/api/health/ready`);
    expect((await onNewConnection()).status).toBe(200);

    app.child.kill("SIGTERM");
    await waitFor(async () => /server draining/.test(app.log()), 10_000, app.log);
    // Closing the listener at once would reset every connection the kernel had accepted and the
    // server had not yet taken; a balancer still sends some until its checks see the 503.
    expect(await onNewConnection()).toEqual({ status: 503, connection: "close" });
    await waitFor(
      async () =>
        onNewConnection().then(
          () => false,
          (error: NodeJS.ErrnoException) => error.code === "ECONNREFUSED",
        ),
      30_000,
      app.log,
    );
    expect(await app.exited).toBe(0);
  }, 120_000);

  it("exits once its grace period is over even when a request is stuck on the database", async () => {
    const app = await stack.startApp(27121, { SHUTDOWN_GRACE_SECONDS: "2" });
    const productId = await stockedProduct(stack.db);
    const [shopper] = await shoppersReadyToPay(stack.db, app.url, 1, productId);
    // Another transaction holds the product's row: the checkout waits on it, holding its pool
    // connection, for as long as that transaction lasts.
    const row = await holdProductRow(stack.databaseUrl, productId);
    const stuck = shopper!.placeOrder().catch(() => null);
    await waitFor(async () => (await row.waitingOnLocks()) === 1, 30_000, app.log);

    app.child.kill("SIGTERM");
    const exitCode = await app.exited;
    await row.release();
    await stuck;
    expect(exitCode, app.log()).toBe(0);
    expect(app.log()).toMatch(/grace period over/);
    expect(app.log()).toMatch(/shutdown hooks did not finish/);
    expect(app.log()).toMatch(/server stopped/);
  }, 120_000);
});
