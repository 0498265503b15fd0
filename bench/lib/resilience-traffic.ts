// Steady open-loop shop traffic through the proxy around one scenario's action: a baseline
// phase first, then the action (which marks its own phases), then a phase after it. Fresh
// shoppers for every scenario, so each starts with full carts and new sessions.
import { setTimeout as sleep } from "node:timers/promises";
import { shoppersReadyToPay } from "../../tests/ops/support/shoppers";
import type { Cluster } from "./resilience-cluster";
import { staticFiles, withStaticFiles } from "./page-assets";
import { openLoopUntil, shopTraffic, type Catalog as PageCatalog, type Sample } from "./shop-traffic";

// The pages to browse, and the product this stream's shoppers buy.
export type Catalog = PageCatalog & { productId: string };

// Requests per second through the proxy, of which SHOP_RATE are shop traffic (pages, tRPC,
// checkouts) and the rest the static files those pages load (scripts, styles), as browsers
// fetch them. Two instances on this 2-core machine carry about 30 shop requests per second
// and saturate at 50 (the capacity scenario, BENCHMARKS.md); during a restart one instance
// serves while its replacement boots, so 12 leaves room to measure the failure, not overload.
export const RATE = Number(process.env.RATE ?? 50);
export const SHOP_RATE = Math.min(RATE, Number(process.env.SHOP_RATE ?? 12));
const PRODUCTS = 8;
const SHOPPERS_PER_PRODUCT = 6;
const SHOPPER_BATCH = 10;

export type Mark = { phase: string; at: number };
export type TrafficRun = { samples: Sample[]; marks: Mark[]; shoppersExhausted: number };

// One catalog per product that shoppers buy: shop-traffic.ts fills every cart with one product,
// and a single product's row lock lets one checkout through at a time (BENCHMARKS.md, checkout
// rush). Spread over several products, as a real shop's sales are.
export async function shopCatalogs(cluster: Cluster): Promise<Catalog[]> {
  const products = await cluster.stack.db.product.findMany({
    where: { active: true, deletedAt: null },
    select: { id: true, slug: true, name: true },
    orderBy: { slug: "asc" },
  });
  const slugs = products.map((product) => product.slug);
  const searchWords = [...new Set(products.map((product) => product.name.split(" ")[0]?.toLowerCase() ?? "lamp"))];
  const bought = products.slice(0, PRODUCTS);
  await cluster.stack.db.product.updateMany({
    where: { id: { in: bought.map((product) => product.id) } },
    data: { stock: 1_000_000 },
  });
  return bought.map((product) => ({ productId: product.id, slugs, searchWords }));
}

// One signed-in shopper per product id given, with that product in the cart; signed in through
// the proxy a few at a time (many argon2 sign-ins at once slow everything), or on `baseUrl`.
export async function signedInShoppers(cluster: Cluster, productIds: string[], baseUrl = cluster.url) {
  const shoppers = [];
  for (let made = 0; made < productIds.length; made += SHOPPER_BATCH) {
    const batch = productIds.slice(made, made + SHOPPER_BATCH);
    shoppers.push(
      ...(await Promise.all(
        batch.map(
          async (productId) => (await shoppersReadyToPay(cluster.stack.db, baseUrl, 1, productId, cluster.url))[0]!,
        ),
      )),
    );
  }
  return shoppers;
}

// `count` product ids taken in turn from the catalogs.
export const spread = (catalogs: Catalog[], count: number) =>
  Array.from({ length: count }, (_, index) => catalogs[index % catalogs.length]!.productId);

// Fresh shoppers on every product, one shop-traffic stream per product taking turns: the
// same mix as one stream, with checkouts spread.
export async function shopStreams(cluster: Cluster, catalogs: Catalog[]) {
  const streams: Array<ReturnType<typeof shopTraffic>> = [];
  for (const catalog of catalogs) {
    const shoppers = await signedInShoppers(cluster, Array(SHOPPERS_PER_PRODUCT).fill(catalog.productId));
    streams.push(
      shopTraffic(
        cluster.url,
        catalog,
        shoppers.map((shopper) => ({ cookie: shopper.cookie(), productId: catalog.productId })),
      ),
    );
  }
  let turn = 0;
  return {
    next: (dueAt: number) => streams[turn++ % streams.length]!.next(dueAt),
    shoppersExhausted: () => streams.reduce((sum, stream) => sum + stream.shoppersExhausted(), 0),
  };
}

export async function underTraffic(
  cluster: Cluster,
  catalogs: Catalog[],
  timing: { baselineSeconds: number; afterSeconds: number },
  action: (mark: (phase: string) => void) => Promise<void>,
): Promise<TrafficRun> {
  const shop = await shopStreams(cluster, catalogs);
  const next = withStaticFiles(shop.next, await staticFiles(cluster.url), { rate: RATE, shopRate: SHOP_RATE });
  const marks: Mark[] = [{ phase: "before", at: performance.now() }];
  const mark = (phase: string) => marks.push({ phase, at: performance.now() });
  let running = true;
  const load = openLoopUntil(RATE, () => running, next);
  try {
    await sleep(timing.baselineSeconds * 1000);
    await action(mark);
    mark("after");
    await sleep(timing.afterSeconds * 1000);
  } finally {
    running = false;
  }
  return { samples: await load, marks, shoppersExhausted: shop.shoppersExhausted() };
}

// The phase a request belongs to: the last one marked before it was due.
export function phaseOf(marks: Mark[], sample: Sample): string {
  return marks.filter((mark) => mark.at <= sample.dueAt).at(-1)?.phase ?? "before";
}

export const completedAt = (sample: Sample) => sample.dueAt + sample.ms;
