// The product-page cache (server/catalog/product-page-cache.ts) on a production server with
// Redis: an anonymous shopper's page is kept and served again without rendering, each time
// under its own CSP nonce and request id; nothing that could be personal or is not a plain
// page view is served from it; an order for the product retires the page at once. A page is
// stored just after its response has gone out, so a view right after a miss may miss too:
// the tests view until the cache answers, and count what the responses said.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AppProcess, type OpsStack, startOpsStack } from "./support/ops-stack";
import { shoppersReadyToPay, stockedProduct } from "./support/shoppers";

const METRICS_TOKEN = "ops-metrics-token-0123456789";
let stack: OpsStack;
let app: AppProcess;
let productId: string;
let slug: string;
beforeAll(async () => {
  stack = await startOpsStack(27260);
  // Low stock, so the page shows the exact count ("Only 5 left") and an order changes it
  // without changing the stock status: the product's own version moves, not the catalog's.
  productId = await stockedProduct(stack.db, 5);
  ({ slug } = await stack.db.product.findUniqueOrThrow({ where: { id: productId }, select: { slug: true } }));
  app = await stack.startApp(27270, { METRICS_TOKEN });
});
afterAll(() => stack?.stop());

async function productPage(headers: Record<string, string> = {}, init: { method?: string; path?: string } = {}) {
  const response = await fetch(`${app.url}${init.path ?? `/products/${slug}`}`, { method: init.method, headers });
  const body = await response.text();
  const nonce = /'nonce-([^']+)'/.exec(response.headers.get("content-security-policy") ?? "")?.[1] ?? "";
  return {
    status: response.status,
    headers: response.headers,
    body,
    nonce,
    cache: response.headers.get("x-page-cache"),
  };
}

async function pageCacheCounts(): Promise<{ hit: number; miss: number }> {
  const response = await fetch(`${app.url}/api/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
  const text = await response.text();
  const count = (result: string) =>
    Number(new RegExp(`^shop_page_cache_requests_total\\{result="${result}"\\} (\\d+)$`, "m").exec(text)?.[1] ?? 0);
  return { hit: count("hit"), miss: count("miss") };
}

type View = Awaited<ReturnType<typeof productPage>>;

// Anonymous views of the page, in order, until one comes from the cache.
async function viewsUntilHit(path = `/products/${slug}`): Promise<View[]> {
  const views: View[] = [];
  for (let attempt = 0; attempt < 50; attempt++) {
    const view = await productPage({}, { path });
    views.push(view);
    if (view.cache === "hit") return views;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`${path} never came from the page cache: ${views.map((view) => view.cache).join(", ")}`);
}

describe("product page cache", () => {
  it("serves an anonymous shopper's page again without rendering, under a new nonce and request id", async () => {
    const views = await viewsUntilHit();
    const rendered = views.filter((view) => view.cache === "miss");
    expect(views[0]?.cache).toBe("miss");
    expect(views[0]?.body).toContain("Only 5 left");
    const again = await productPage({ "x-request-id": "ops-page-cache-0001" });

    expect(again.status).toBe(200);
    expect(again.cache).toBe("hit");
    expect(again.headers.get("x-request-id")).toBe("ops-page-cache-0001");
    expect(again.nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(views.map((view) => view.nonce)).not.toContain(again.nonce);
    // The very page one of the rendered views got, nonce for nonce.
    const replayedFrom = rendered.filter((view) => again.body.split(again.nonce).join(view.nonce) === view.body);
    expect(replayedFrom.length).toBeGreaterThan(0);
    expect(new Set([...again.body.matchAll(/nonce="([^"]*)"/g)].map((match) => match[1]))).toEqual(
      new Set([again.nonce]),
    );
    expect(again.headers.get("link")).toContain(`nonce="${again.nonce}"`);
    expect(again.headers.get("cache-control")).toContain("no-store");
    expect(again.headers.get("x-frame-options")).toBe("DENY");
    expect(again.headers.get("reporting-endpoints")).toContain("/api/csp-report");
  });

  it("sends the kept page gzip-encoded to clients that accept it", async () => {
    await viewsUntilHit();
    const compressed = await productPage({ "accept-encoding": "gzip" });
    expect(compressed.cache).toBe("hit");
    expect(compressed.headers.get("content-encoding")).toBe("gzip");
    expect(compressed.body).toContain("Only 5 left");
    expect(compressed.body).toContain(`nonce="${compressed.nonce}"`);
  });

  type PageRequest = { headers?: Record<string, string>; path?: string; method?: string };
  it.each<[string, () => PageRequest]>([
    ["a cookie (a session or a guest cart)", () => ({ headers: { cookie: "sf_cart=not-a-cart" } })],
    ["a query string", () => ({ path: `/products/${slug}?ref=newsletter` })],
    ["an App Router navigation (RSC payload)", () => ({ headers: { rsc: "1" } })],
    ["an App Router prefetch", () => ({ headers: { rsc: "1", "next-router-prefetch": "1" } })],
    ["a HEAD request", () => ({ method: "HEAD" })],
  ])("renders, and keeps nothing, for %s", async (_case, request) => {
    await viewsUntilHit();
    const { headers, ...init } = request();
    const response = await productPage(headers, init);
    expect(response.status).toBe(200);
    expect(response.cache).toBeNull();
  });

  it("keeps no page of a product that does not exist", async () => {
    for (let attempt = 0; attempt < 3; attempt++) {
      const missing = await productPage({}, { path: "/products/no-such-product" });
      expect(missing.status).toBe(404);
      expect(missing.cache).toBe("miss");
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  });

  it("counts hits and misses in the metrics as the responses said", async () => {
    const other = await stack.db.product.findFirstOrThrow({
      where: { active: true, deletedAt: null, id: { not: productId } },
      orderBy: { createdAt: "asc" },
      select: { slug: true },
    });
    const before = await pageCacheCounts();
    const views = [
      ...(await viewsUntilHit(`/products/${other.slug}`)),
      await productPage({}, { path: `/products/${other.slug}` }),
    ];
    const after = await pageCacheCounts();
    const said = (result: string) => views.filter((view) => view.cache === result).length;
    expect(said("hit")).toBeGreaterThanOrEqual(2);
    expect(said("miss")).toBeGreaterThanOrEqual(1);
    expect({ hit: after.hit - before.hit, miss: after.miss - before.miss }).toEqual({
      hit: said("hit"),
      miss: said("miss"),
    });
  });

  it("retires the page as soon as an order changes the product's stock", async () => {
    await viewsUntilHit();
    const [shopper] = await shoppersReadyToPay(stack.db, app.url, 1, productId);
    expect((await shopper!.placeOrder()).status).toBe(200);

    const after = await productPage();
    expect(after.cache).toBe("miss");
    expect(after.body).toContain("Only 4 left");
    expect((await viewsUntilHit()).at(-1)?.body).toContain("Only 4 left");
  });
});
