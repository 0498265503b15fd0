// Mixed storefront traffic for an open-loop run: browsing (server-rendered pages: home, a
// product page, search; and the JSON reads the pages' client code makes: product.get,
// product.list, product.listFeatured) and checkouts by signed-in shoppers, each of whom
// alternates placing an order and putting the next item in the cart. Shoppers buy different
// products, as in a real shop: one product for all would queue every order on its stock row
// (checkout-contention measures that). Every request is one sample: its kind, when it was
// due, how long it took from then (no coordinated omission), and its status or network error.
import { randomUUID } from "node:crypto";
import { ADDRESS } from "../../tests/ops/support/shop-client";
import { send, type RequestSpec } from "./load";

type Page = "home" | "product page" | "search";
type Read = "product.get" | "product.list" | "product.listFeatured";
export type Kind = Page | Read | "cart.addItem" | "checkout.placeOrder";
export type Sample = { kind: Kind; dueAt: number; ms: number; status: number; error?: string; body?: string };
export type Catalog = { slugs: string[]; searchWords: string[] };
// A signed-in shopper (session cookie) with `productId` in the cart.
export type ReadyShopper = { cookie: string; productId: string };

type Shopper = ReadyShopper & { cartFilled: boolean };
// Ten requests: one page, one checkout step, eight JSON reads. Server CPU per request, measured
// here: a page ~52 ms, a checkout step ~45 ms, a JSON read 12-18 ms, so this mix costs ~23 ms a
// request, about 1.1 cores at 50 req/s. Three pages in five (~45 ms a request) would need 2.2
// cores at that rate, more than the machine has before a reload even starts.
const ROTATION = [
  "page",
  "product.get",
  "product.list",
  "product.get",
  "checkout",
  "product.get",
  "product.list",
  "product.listFeatured",
  "product.get",
  "product.list",
] as const;
const PAGES: Page[] = ["home", "product page", "search"];

export function shopTraffic(base: string, catalog: Catalog, shoppers: ReadyShopper[]) {
  const idle: Shopper[] = shoppers.map((shopper) => ({ ...shopper, cartFilled: true }));
  let turn = 0;
  let shoppersExhausted = 0;
  let inFlight = 0;
  const pick = (list: string[]) => list[turn % list.length] ?? "";
  const trpcPost = (procedure: string, cookie: string, input: unknown): RequestSpec => ({
    url: `${base}/api/trpc/${procedure}`,
    method: "POST",
    // Same-origin headers, as the app's browser client sends them (the CSRF guard checks Origin).
    headers: { "content-type": "application/json", origin: base, "sec-fetch-site": "same-origin", cookie },
    body: JSON.stringify({ json: input }),
  });

  function page(kind: Page): RequestSpec {
    const html = (path: string): RequestSpec => ({ url: `${base}${path}`, headers: { accept: "text/html" } });
    if (kind === "home") return html("/");
    if (kind === "product page") return html(`/products/${pick(catalog.slugs)}`);
    return html(`/search?q=${encodeURIComponent(pick(catalog.searchWords))}`);
  }

  function read(kind: Read): RequestSpec {
    const input =
      kind === "product.get" ? { slug: pick(catalog.slugs) } : kind === "product.list" ? { limit: 12 } : undefined;
    const query = input ? `?input=${encodeURIComponent(JSON.stringify({ json: input }))}` : "";
    return { url: `${base}/api/trpc/${kind}${query}` };
  }

  async function measure(kind: Kind, spec: RequestSpec, dueAt: number): Promise<Sample> {
    inFlight += 1;
    const result = await send(spec).finally(() => (inFlight -= 1));
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
      return measure("product.list", read("product.list"), dueAt);
    }
    const sample = shopper.cartFilled
      ? await measure(
          "checkout.placeOrder",
          trpcPost("checkout.placeOrder", shopper.cookie, { idempotencyKey: randomUUID(), shippingAddress: ADDRESS }),
          dueAt,
        )
      : await measure(
          "cart.addItem",
          trpcPost("cart.addItem", shopper.cookie, { productId: shopper.productId, quantity: 1 }),
          dueAt,
        );
    // A failed step is repeated by this shopper's next turn.
    if (sample.status === 200) shopper.cartFilled = !shopper.cartFilled;
    idle.push(shopper);
    return sample;
  }

  return {
    shoppersExhausted: () => shoppersExhausted,
    // Requests sent and not yet answered: at a rate the server carries, rate × latency (a few).
    inFlight: () => inFlight,
    next(dueAt: number): Promise<Sample> {
      const slot = ROTATION[turn % ROTATION.length] ?? "page";
      const pageKind = PAGES[Math.floor(turn / ROTATION.length) % PAGES.length] ?? "home";
      turn += 1;
      if (slot === "checkout") return checkoutStep(dueAt);
      if (slot === "page") return measure(pageKind, page(pageKind), dueAt);
      return measure(slot, read(slot), dueAt);
    },
  };
}

// Fires `next` at a fixed rate until `running()` turns false, whatever the server does.
export async function openLoopUntil(
  ratePerSecond: number,
  running: () => boolean,
  next: (dueAt: number) => Promise<Sample>,
) {
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
