// Two production instances behind HAProxy share everything through PostgreSQL and Redis:
// sessions, carts, catalog cache invalidation, rate limits, idempotent checkout, and live
// streams (an event raised on one reaches a stream on the other; a stream cut by a restart
// resumes through the proxy, over raw HTTP and in a real Chromium).
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SEED_ACCOUNTS } from "../../prisma/seed";
import { createUser } from "../factories/user.factory";
import { consoleProblems, holdableRequests, launchChromium, watchEventSources } from "./support/browser";
import { proxyServers, startHaproxy } from "./support/haproxy";
import { startOpsStack, waitFor, type AppProcess, type OpsStack } from "./support/ops-stack";
import { lastEventIdWith, openLiveStream } from "./support/live-client";
import { IMPORT_ROW, endlessChunkedUpload, importUploadHead } from "./support/raw-clients";
import { shopClient } from "./support/shop-client";
import { shoppersReadyToPay, stockedProduct } from "./support/shoppers";

const PROXY_PORT = 27180;
const PROXY_STATS_PORT = 27181;
const PUBLIC_URL = `http://127.0.0.1:${PROXY_PORT}`;
const ENV = { APP_URL: PUBLIC_URL, TRUSTED_PROXY_IP_HEADER: "x-real-ip" };
let stack: OpsStack;
let a: AppProcess;
let b: AppProcess;
let proxy: Awaited<ReturnType<typeof startHaproxy>>;

beforeAll(async () => {
  stack = await startOpsStack(27190);
  // Both instances serve one public origin, behind a proxy that sets X-Real-IP.
  [a, b] = await Promise.all([stack.startApp(27195, ENV), stack.startApp(27196, ENV)]);
  proxy = await startHaproxy(
    PROXY_PORT,
    [
      { name: "a", port: a.port },
      { name: "b", port: b.port },
    ],
    { statsPort: PROXY_STATS_PORT },
  );
});
afterAll(async () => {
  await proxy?.stop();
  await stack?.stop();
});

// A client that talks to one instance directly, as if the proxy had sent it there.
const via = (app: AppProcess, cookie = "") => {
  const client = shopClient(app.url, PUBLIC_URL);
  if (cookie) client.setCookie(cookie);
  return client;
};

describe("two instances behind HAProxy", () => {
  it("serves through the proxy", async () => {
    const ready = await fetch(`${proxy.url}/api/health/ready`);
    expect([ready.status, await ready.text()]).toEqual([200, expect.stringContaining('"status":"ready"')]);
    expect((await fetch(`${proxy.url}/`)).status).toBe(200);
  });

  it("answers every oversized upload through the proxy with 413, not a dropped connection", async () => {
    const admin = shopClient(PUBLIC_URL);
    await admin.signIn(SEED_ACCOUNTS.admin.email, SEED_ACCOUNTS.admin.password);
    const target = { host: "127.0.0.1", port: PROXY_PORT };
    // The server refuses at the cap while the proxy is still sending body: closing at once
    // could reset the connection before the proxy had read the 413.
    const answers: string[] = [];
    for (let upload = 0; upload < 10; upload++) {
      const { response } = await endlessChunkedUpload(
        target,
        importUploadHead(PUBLIC_URL, admin.cookie()),
        IMPORT_ROW,
        100 * 1024 * 1024,
      );
      answers.push(response.slice(0, 12) || "no answer");
    }
    expect(answers).toEqual(Array(10).fill("HTTP/1.1 413"));
  });

  it("a session made on A works on B; a cart changed on A reads the same on B", async () => {
    const onA = via(a);
    await onA.signIn(SEED_ACCOUNTS.shopper.email, SEED_ACCOUNTS.shopper.password);
    const productId = await stockedProduct(stack.db);
    expect((await onA.mutate("cart.addItem", { productId, quantity: 2 })).status).toBe(200);
    const onB = via(b, onA.cookie());
    const viewer = await onB.query("auth.viewer");
    expect(viewer.body?.result?.data?.json).toMatchObject({ email: SEED_ACCOUNTS.shopper.email });
    const cart = await onB.query("cart.get");
    expect(cart.body?.result?.data?.json).toMatchObject({ itemCount: 2 });
  });

  it("a stock change by staff on A shows on B's product at once (shared cache invalidation)", async () => {
    const product = await stack.db.product.findFirstOrThrow({
      where: { active: true },
      select: { id: true, slug: true, stock: true },
    });
    const readStockOnB = async () =>
      (
        (await via(b).query("product.get", { slug: product.slug })).body?.result?.data?.json as
          | { stock: number }
          | undefined
      )?.stock;
    expect(await readStockOnB()).toBe(product.stock);
    const staff = via(a);
    await staff.signIn(SEED_ACCOUNTS.admin.email, SEED_ACCOUNTS.admin.password);
    expect(
      (
        await staff.mutate("admin.products.adjustStock", {
          id: product.id,
          delta: 7,
          reason: "delivery from the supplier",
        })
      ).status,
    ).toBe(200);
    expect(await readStockOnB()).toBe(product.stock + 7);
  });

  it("the sign-in back-off of an account counts failures on both instances", async () => {
    const user = await createUser(stack.db);
    const attempt = (app: AppProcess, password: string) =>
      via(app).mutate("auth.signIn", { email: user.email, password });
    for (let index = 0; index < 5; index++)
      expect((await attempt(index % 2 === 0 ? a : b, "wrong-password-1")).status).toBe(401);
    expect((await attempt(b, user.password)).status).toBe(429);
    expect((await attempt(a, user.password)).status).toBe(429);
  });

  it("an order change made on A reaches the shopper's live stream on B; a stream cut by B's restart resumes through the proxy with what it missed", async () => {
    // The outbox publishes live events: production runs the worker as its own process.
    const worker = stack.startWorker({}, { bundled: true });
    const productId = await stockedProduct(stack.db);
    const [shopper] = await shoppersReadyToPay(stack.db, a.url, 1, productId, PUBLIC_URL);
    const onA = via(a, shopper!.cookie());
    const cancelledOrder = async () => {
      const placed = await onA.placeOrder();
      const orderId = (placed.body?.result?.data?.json as { orderId: string } | undefined)?.orderId;
      if (!orderId) throw new Error(`order not placed: ${placed.status} ${JSON.stringify(placed.body)}`);
      expect((await onA.mutate("cart.addItem", { productId, quantity: 1 })).status).toBe(200);
      expect((await onA.mutate("order.cancel", { id: orderId })).status).toBe(200);
      return orderId;
    };

    const onB = await openLiveStream(b.url, "live.me", {}, shopper!.cookie());
    expect(onB.response.statusCode).toBe(200);
    const first = await cancelledOrder();
    const body = await onB.waitFor(new RegExp(`${first}.*CANCELLED`));
    const lastSeen = lastEventIdWith(body, first);

    // B restarts: its stream ends with a retryable error, so the browser reconnects.
    b.child.kill("SIGTERM");
    expect(await onB.waitFor("event: serialized-error")).toContain("SERVICE_UNAVAILABLE");
    const missed = await cancelledOrder();
    expect(await b.exited).toBe(0);

    // The reconnect, through the proxy (only A is up), replays what happened meanwhile.
    const resumed = await openLiveStream(PUBLIC_URL, "live.me", { lastEventId: lastSeen }, shopper!.cookie());
    const replayed = await resumed.waitFor(new RegExp(`${missed}.*CANCELLED`));
    expect(replayed).not.toContain(first);
    resumed.close();
    worker.child.kill("SIGTERM");
    b = await stack.startApp(27196, ENV);
  });

  it("Chromium keeps a shopper's order page live across the restart of the instance holding its stream: a change made meanwhile on the other shows without a reload", async () => {
    const worker = stack.startWorker({}, { bundled: true });
    const browser = await launchChromium();
    let restarting: AppProcess | undefined;
    try {
      const productId = await stockedProduct(stack.db);
      const user = await createUser(stack.db);
      const shopper = via(a);
      await shopper.signIn(user.email, user.password);
      expect((await shopper.mutate("cart.addItem", { productId, quantity: 1 })).status).toBe(200);
      const placed = await shopper.placeOrder();
      const orderId = (placed.body?.result?.data?.json as { orderId?: string } | undefined)?.orderId ?? "";
      expect([placed.status, orderId]).toEqual([200, expect.stringMatching(/^[0-9a-f-]{36}$/)]);

      const page = await browser.newPage();
      // The restart causes none: the stream ends as a 200 with a serialized-error frame, which
      // EventSource does not log, and its reconnect never meets a refused connection, since the
      // proxy sends it to the instance that stays up.
      const problems = consoleProblems(page, []);
      const streams = await watchEventSources(page);
      const statusEvent = (status: string) =>
        streams.messages.find((message) => message.data.includes(orderId) && message.data.includes(`"${status}"`));
      // Once held, the browser's reconnect waits until the change has been made: it is then
      // published while the shopper has no stream open anywhere, and only a resume brings it.
      const reconnect = await holdableRequests(page, /\/api\/trpc\/live\.me\?/);
      const hydrated = () => page.locator('html[data-hydrated="true"]').waitFor({ state: "attached" });
      const status = (label: string) => page.getByTestId("order-status").filter({ hasText: new RegExp(`^${label}$`) });

      await page.goto(`${PUBLIC_URL}/login?next=${encodeURIComponent(`/account/orders/${orderId}`)}`);
      await hydrated();
      await page.getByLabel("Email").fill(user.email);
      await page.getByLabel("Password").fill(user.password);
      await page.getByRole("button", { name: "Sign in" }).click();
      await page.waitForURL(`${PUBLIC_URL}/account/orders/${orderId}`);
      await hydrated();
      await status("Awaiting payment").waitFor();
      // tRPC's first frame on a stream: it is open end to end, so the payment's event reaches it.
      await waitFor(async () => streams.messages.some((message) => message.eventName === "connected"), 30_000);

      expect((await shopper.mutate("testPayment.pay", { orderId })).status).toBe(200);
      await status("Paid").waitFor();
      const paid = statusEvent("PAID");
      expect(paid?.eventId).toMatch(/^\d+-\d+$/);
      const cutStream = paid!.requestId;
      await page.evaluate(() => Object.assign(window, { sameDocument: true }));

      // Once the page is idle, the one request HAProxy still has on a server is the stream.
      let holder = "";
      let lastSeen = "";
      await waitFor(
        async () => {
          const servers = [...(await proxyServers(PROXY_STATS_PORT))];
          lastSeen = JSON.stringify(servers);
          const busy = servers.filter(([, server]) => server.requests > 0);
          holder = busy.length === 1 && busy[0]?.[1].requests === 1 ? busy[0][0] : "";
          return holder !== "";
        },
        30_000,
        () => `HAProxy's servers when last asked: ${lastSeen}`,
      );
      restarting = holder === "a" ? a : b;
      const other = holder === "a" ? b : a;

      reconnect.hold();
      restarting.child.kill("SIGTERM");
      await reconnect.asked;
      expect((await via(other, shopper.cookie()).mutate("order.cancel", { id: orderId })).status).toBe(200);
      reconnect.release();

      await status("Cancelled").waitFor();
      expect(await page.evaluate(() => "sameDocument" in window)).toBe(true);
      // Brought by a new live.me request that resumed from the last id the cut stream delivered.
      const resumed = statusEvent("CANCELLED")!.requestId;
      expect(resumed).not.toBe(cutStream);
      expect(streams.urlOf(resumed)).toContain("/api/trpc/live.me?");
      const lastDelivered = streams.messages.findLast((message) => message.requestId === cutStream && message.eventId);
      expect(lastDelivered?.eventId).toBe(paid?.eventId);
      expect(streams.resumedFrom(resumed)).toBe(paid?.eventId);
      expect(await restarting.exited).toBe(0);
      expect(problems).toEqual([]);
    } finally {
      await browser.close();
      worker.child.kill("SIGTERM");
      if (restarting) {
        await restarting.exited;
        const again = await stack.startApp(restarting.port, ENV);
        if (restarting === a) a = again;
        else b = again;
        await waitFor(
          async () => [...(await proxyServers(PROXY_STATS_PORT)).values()].every((server) => server.status === "UP"),
          30_000,
        );
      }
    }
  });

  it("a checkout retried on B with the same key, after A died mid-request, gives one order", async () => {
    const productId = await stockedProduct(stack.db);
    const [shopper] = await shoppersReadyToPay(stack.db, a.url, 1, productId, PUBLIC_URL);
    const key = randomUUID();
    const onA = via(a, shopper!.cookie());
    const inFlight = onA.placeOrder(key).catch(() => null);
    await new Promise((resolve) => setTimeout(resolve, 30));
    a.child.kill("SIGKILL");
    await inFlight;
    const onB = via(b, shopper!.cookie());
    let result = await onB.placeOrder(key);
    // A's transaction may still hold the key's lock for a moment while PostgreSQL notices.
    for (let retry = 0; retry < 20 && result.body?.error?.json?.data?.domainCode === "CHECKOUT_IN_PROGRESS"; retry++) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      result = await onB.placeOrder(key);
    }
    expect(result.status).toBe(200);
    const viewerId = (
      await stack.db.session.findFirstOrThrow({ orderBy: { createdAt: "desc" }, select: { userId: true } })
    ).userId;
    expect(await stack.db.order.count({ where: { userId: viewerId } })).toBe(1);
  });
});
