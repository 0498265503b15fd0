// The product-page cache (server/catalog/product-page-cache.ts) on a production server with
// Redis: an anonymous shopper's page is kept and served again without rendering, each time
// under its own CSP nonce and request id; nothing that could be personal or is not a plain
// page view is served from it; an order for the product retires the page at once.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AppProcess, type OpsStack, startOpsStack } from "./support/ops-stack";
import { shoppersReadyToPay, stockedProduct } from "./support/shoppers";

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
  app = await stack.startApp(27270);
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

describe("product page cache", () => {
  it("serves an anonymous shopper's page again without rendering, under a new nonce and request id", async () => {
    const first = await productPage();
    expect(first.cache).toBe("miss");
    expect(first.body).toContain("Only 5 left");
    const again = await productPage({ "x-request-id": "ops-page-cache-0001" });

    expect(again.status).toBe(200);
    expect(again.cache).toBe("hit");
    expect(again.headers.get("x-request-id")).toBe("ops-page-cache-0001");
    expect(again.nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(again.nonce).not.toBe(first.nonce);
    // The very page that was rendered, nonce for nonce.
    expect(again.body.split(again.nonce).join(first.nonce)).toBe(first.body);
    expect(new Set([...again.body.matchAll(/nonce="([^"]*)"/g)].map((match) => match[1]))).toEqual(
      new Set([again.nonce]),
    );
    expect(again.headers.get("link")).toContain(`nonce="${again.nonce}"`);
    expect(again.headers.get("cache-control")).toContain("no-store");
    expect(again.headers.get("x-frame-options")).toBe("DENY");
    expect(again.headers.get("reporting-endpoints")).toContain("/api/csp-report");
  });

  it("sends the kept page gzip-encoded to clients that accept it", async () => {
    await productPage();
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
    await productPage();
    const { headers, ...init } = request();
    const response = await productPage(headers, init);
    expect(response.status).toBe(200);
    expect(response.cache).toBeNull();
  });

  it("keeps no page of a product that does not exist", async () => {
    for (let attempt = 0; attempt < 2; attempt++) {
      const missing = await productPage({}, { path: "/products/no-such-product" });
      expect(missing.status).toBe(404);
      expect(missing.cache).toBe("miss");
    }
  });

  it("retires the page as soon as an order changes the product's stock", async () => {
    await productPage();
    expect((await productPage()).cache).toBe("hit");
    const [shopper] = await shoppersReadyToPay(stack.db, app.url, 1, productId);
    expect((await shopper!.placeOrder()).status).toBe(200);

    const after = await productPage();
    expect(after.cache).toBe("miss");
    expect(after.body).toContain("Only 4 left");
    expect((await productPage()).cache).toBe("hit");
  });
});
