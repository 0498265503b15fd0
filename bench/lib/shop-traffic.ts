// Mixed storefront traffic for an open-loop run: browsing (home, a product page, search, the
// tRPC product.list) and checkouts by signed-in shoppers, each of whom alternates placing an
// order and putting the next item in the cart. Every request is one sample: its kind, when it
// was due, how long it took from then (no coordinated omission), and its status or network error.
import { randomUUID } from "node:crypto";
import { ADDRESS } from "../../tests/ops/support/shop-client";
import { send, type RequestSpec } from "./load";

export type Kind = "home" | "product page" | "search" | "product.list" | "cart.addItem" | "checkout.placeOrder";
export type Sample = { kind: Kind; dueAt: number; ms: number; status: number; error?: string; body?: string };
export type Catalog = { slugs: string[]; searchWords: string[]; productId: string };

type Shopper = { cookie: string; cartFilled: boolean };
// One checkout step in five requests: browsing outweighs buying, as in a real shop.
const ROTATION = ["home", "product page", "checkout", "search", "product.list"] as const;

export function shopTraffic(base: string, catalog: Catalog, shopperCookies: string[]) {
  const idle: Shopper[] = shopperCookies.map((cookie) => ({ cookie, cartFilled: true }));
  let turn = 0;
  let shoppersExhausted = 0;
  const pick = (list: string[]) => list[turn % list.length] ?? "";
  const page = (path: string): RequestSpec => ({ url: `${base}${path}`, headers: { accept: "text/html" } });
  const trpcPost = (procedure: string, cookie: string, input: unknown): RequestSpec => ({
    url: `${base}/api/trpc/${procedure}`,
    method: "POST",
    // Same-origin headers, as the app's browser client sends them (the CSRF guard checks Origin).
    headers: { "content-type": "application/json", origin: base, "sec-fetch-site": "same-origin", cookie },
    body: JSON.stringify({ json: input }),
  });

  function browsing(kind: Exclude<(typeof ROTATION)[number], "checkout">): { kind: Kind; spec: RequestSpec } {
    if (kind === "home") return { kind, spec: page("/") };
    if (kind === "product page") return { kind, spec: page(`/products/${pick(catalog.slugs)}`) };
    if (kind === "search") return { kind, spec: page(`/search?q=${encodeURIComponent(pick(catalog.searchWords))}`) };
    const input = encodeURIComponent(JSON.stringify({ json: { limit: 12 } }));
    return { kind, spec: { url: `${base}/api/trpc/product.list?input=${input}` } };
  }

  async function measure(kind: Kind, spec: RequestSpec, dueAt: number): Promise<Sample> {
    const result = await send(spec);
    const sample: Sample = { kind, dueAt, ms: performance.now() - dueAt, status: result.status };
    if (result.error) sample.error = result.error;
    if (result.status >= 300) sample.body = result.body.slice(0, 300);
    return sample;
  }

  async function checkoutStep(dueAt: number): Promise<Sample> {
    const shopper = idle.shift();
    if (!shopper) {
      // Every shopper is mid-request: browse instead, and say so in the report.
      shoppersExhausted += 1;
      const { kind, spec } = browsing("product.list");
      return measure(kind, spec, dueAt);
    }
    const sample = shopper.cartFilled
      ? await measure("checkout.placeOrder", trpcPost("checkout.placeOrder", shopper.cookie, { idempotencyKey: randomUUID(), shippingAddress: ADDRESS }), dueAt)
      : await measure("cart.addItem", trpcPost("cart.addItem", shopper.cookie, { productId: catalog.productId, quantity: 1 }), dueAt);
    // A failed step is repeated by this shopper's next turn.
    if (sample.status === 200) shopper.cartFilled = !shopper.cartFilled;
    idle.push(shopper);
    return sample;
  }

  return {
    shoppersExhausted: () => shoppersExhausted,
    next(dueAt: number): Promise<Sample> {
      const slot = ROTATION[turn++ % ROTATION.length] ?? "home";
      if (slot === "checkout") return checkoutStep(dueAt);
      const { kind, spec } = browsing(slot);
      return measure(kind, spec, dueAt);
    },
  };
}

// Fires `next` at a fixed rate until `running()` turns false, whatever the server does.
export async function openLoopUntil(ratePerSecond: number, running: () => boolean, next: (dueAt: number) => Promise<Sample>) {
  const interval = 1000 / ratePerSecond;
  const started = performance.now();
  const samples: Promise<Sample>[] = [];
  for (let index = 0; running(); index++) {
    const dueAt = started + index * interval;
    const wait = dueAt - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    samples.push(next(dueAt));
  }
  return Promise.all(samples);
}
