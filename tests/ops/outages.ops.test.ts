// Outages answered honestly: PostgreSQL down is 503 with Retry-After everywhere (never 500)
// and the app recovers by itself; Redis down or hung leaves the shop serving (readiness
// "degraded", not unready), with the fail-closed actions answering 503.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SEED_ACCOUNTS } from "../../prisma/seed";
import { startOpsStack, waitFor, type AppProcess, type OpsStack } from "./support/ops-stack";
import { holdProductRow } from "./support/row-lock";
import { shopClient } from "./support/shop-client";
import { shoppersReadyToPay, stockedProduct } from "./support/shoppers";

let stack: OpsStack;
let app: AppProcess;
let productSlug: string;
beforeAll(async () => {
  stack = await startOpsStack(27130);
  app = await stack.startApp(27140, { RATE_LIMIT_IP_SCALE: "20" });
  productSlug = (await stack.db.product.findFirstOrThrow({ where: { active: true }, select: { slug: true } })).slug;
});
afterAll(() => stack?.stop());

const readiness = async () => {
  const response = await fetch(`${app.url}/api/health/ready`);
  return {
    status: response.status,
    body: (await response.json()) as { status: string; checks: Record<string, string> },
  };
};

// What a shopper's browser asks for: pages, queries and a mutation.
async function browseAndBuy(shopper: ReturnType<typeof shopClient>) {
  const pages = await Promise.all(
    ["/", "/products", `/products/${productSlug}`, "/search?q=lamp"].map((path) => fetch(`${app.url}${path}`)),
  );
  const queries = await Promise.all([
    shopper.query("product.list", {}),
    shopper.query("search.products", { q: "lamp" }),
    shopper.query("order.list", {}),
  ]);
  const checkout = await shopper.placeOrder();
  return {
    pages,
    statuses: [...pages.map((page) => page.status), ...queries.map((query) => query.status), checkout.status],
    checkout,
  };
}

describe("PostgreSQL down", () => {
  it("answers 503 with Retry-After (never 500), readiness names the database, and recovers when it returns", async () => {
    const productId = await stockedProduct(stack.db);
    const [shopper] = await shoppersReadyToPay(stack.db, app.url, 1, productId);
    const before = await stack.db.order.count();
    await stack.stopPostgres();

    const outage = await browseAndBuy(shopper!);
    expect(outage.statuses.filter((status) => status === 500)).toEqual([]);
    expect(outage.checkout.status).toBe(503);
    expect(outage.checkout.body?.error?.json?.data?.domainCode).toBe("SERVICE_UNAVAILABLE");
    for (const page of outage.pages.filter((response) => response.status === 503))
      expect(page.headers.get("retry-after")).toBe("5");
    expect(outage.statuses).toContain(503);
    const unready = await readiness();
    expect(unready).toMatchObject({ status: 503, body: { status: "unavailable", checks: { database: "fail" } } });
    expect(JSON.stringify(unready.body)).not.toMatch(/127\.0\.0\.1|27130|Prisma|ECONN/);

    await stack.startPostgres();
    await waitFor(async () => (await readiness()).status === 200, 30_000);
    const recovered = await browseAndBuy(shopper!);
    expect(recovered.statuses).toEqual(Array(recovered.statuses.length).fill(200));
    expect(await stack.db.order.count()).toBe(before + 1);
  });
  it("answers 503 (never 500) to checkouts that were waiting on the database when it shut down, and loses none it confirmed", async () => {
    const productId = await stockedProduct(stack.db);
    const shoppers = await shoppersReadyToPay(stack.db, app.url, 4, productId);
    const ordersOfProduct = () => stack.db.order.count({ where: { items: { some: { productId } } } });
    const ordersBefore = await ordersOfProduct();
    // Another transaction holds the product's row, so every checkout is mid-transaction,
    // waiting on it, when PostgreSQL stops and ends their connections.
    const row = await holdProductRow(stack.databaseUrl, productId);
    const checkouts = Promise.all(shoppers.map((shopper) => shopper.placeOrder()));
    await waitFor(async () => (await row.waitingOnLocks()) === shoppers.length, 30_000, app.log);

    await stack.stopPostgres();
    const answers = await checkouts;
    await stack.startPostgres();
    await waitFor(async () => (await readiness()).status === 200, 30_000);

    expect(answers.map((answer) => answer.status)).toEqual(Array(shoppers.length).fill(503));
    for (const answer of answers) expect(answer.body?.error?.json?.data?.domainCode).toBe("SERVICE_UNAVAILABLE");
    expect(await ordersOfProduct()).toBe(ordersBefore);
  });
});

describe("Redis down or hung", () => {
  it("keeps serving with Redis stopped: readiness 200 degraded, sign-in works, sign-up (fail-closed) is 503", async () => {
    await stack.stopRedis();
    try {
      // The app notices a closed connection on its next command; readiness is never 503 meanwhile.
      await waitFor(async () => (await readiness()).body.status === "degraded", 10_000);
      const ready = await readiness();
      expect(ready).toMatchObject({ status: 200, body: { status: "degraded", checks: { redis: "degraded" } } });
      const shopper = shopClient(app.url);
      await shopper.signIn(SEED_ACCOUNTS.shopper.email, SEED_ACCOUNTS.shopper.password);
      const { statuses } = await browseAndBuy(shopper);
      expect(statuses.slice(0, 7)).toEqual(Array(7).fill(200));
      const signUp = await shopper.mutate("auth.signUp", {
        email: "new-during-outage@shopfront.test",
        name: "New",
        password: "lilac-umbrella-tango-31",
      });
      expect(signUp.status).toBe(503);
    } finally {
      await stack.startRedis();
    }
    await waitFor(async () => (await readiness()).body.status === "ready", 30_000);
  });

  it("stops waiting on a hung Redis (the circuit opens) and serves every page; closes it when Redis answers again", async () => {
    stack.freezeRedis();
    try {
      const shopper = shopClient(app.url);
      for (let round = 0; round < 3; round++) {
        const { statuses } = await browseAndBuy(shopper);
        expect(statuses.filter((status) => status >= 500)).toEqual([]);
      }
      expect(app.log()).toMatch(/redis circuit open/);
      expect((await readiness()).status).toBe(200);
    } finally {
      stack.thawRedis();
    }
    await waitFor(async () => /redis available again/.test(app.log()), 30_000);
    await waitFor(async () => (await readiness()).body.status === "ready", 30_000);
  });
});
