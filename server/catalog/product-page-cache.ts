// Product pages as anonymous shoppers get them, kept whole in Redis for a few seconds and
// served by the production server without rendering (docs/decisions/049). Rendering a product
// page costs about 10 ms of a core even with its catalog reads cached, a hundred times what
// serving a file does; most of a shop's page views are anonymous visitors on product pages.
//
// - Only requests that cannot see anything personal are served from it: a GET of exactly
//   /products/<slug>, with no cookie at all (a session or a guest cart would change the
//   header and the page) and none of the App Router's own request headers (a client
//   navigation asks for an RSC payload, not HTML).
// - An entry is tagged with the catalog's and the product's cache versions read before the
//   page was rendered (server/catalog/catalog-cache.ts). Whatever bumps them (an order for
//   the product, a stock status change, staff edits, a review) retires the page at once.
//   What no version covers (a reviewer renaming their account) shows within the TTL.
// - The key names the build: instances of two builds during a rolling deploy share Redis,
//   and a page of one names the other's script files.
// - Each replay gets its own CSP nonce and request id (server/http/replayable-page.ts).
import "server-only";
import { readFileSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import path from "node:path";
import { edgeEnv } from "../edge-env";
import { decodedPath } from "../http/decoded-path";
import { registerNodeRoute } from "../http/node-routes";
import { metrics } from "../lib/metrics";
import { type RecordedPage, recordPage, replayPage } from "../http/replayable-page";
import { createNonce, pageContentSecurityPolicy, reportingEndpoints, requestIdFrom } from "../http/security-headers";
import { redis } from "../redis";
import { productPageVersionKeys } from "./catalog-cache";
import { slugSchema } from "./catalog.schema";

const PRODUCT_PAGE_TTL_SECONDS = 10;
// Says which responses came from the cache ("hit") and which were kept for it ("miss").
const PAGE_CACHE_HEADER = "x-page-cache";
const PRODUCT_PAGE = /^\/products\/([^/?]+)$/;
const ROUTER_HEADERS = [
  "rsc",
  "next-router-state-tree",
  "next-router-prefetch",
  "next-router-segment-prefetch",
  "next-url",
  "next-action",
];

type Entry = { tag: string; page: RecordedPage };

function anonymousProductSlug(req: IncomingMessage): string | null {
  if (req.method !== "GET" || req.headers.cookie !== undefined) return null;
  if (ROUTER_HEADERS.some((name) => req.headers[name] !== undefined)) return null;
  const encoded = PRODUCT_PAGE.exec(req.url ?? "")?.[1];
  const slug = encoded ? decodedPath(encoded) : null;
  return slug !== null && slugSchema.safeParse(slug).success ? slug : null;
}

// The standalone server runs in its build's folder (server/runtime/main.ts); elsewhere
// (next dev) there is no such server and no cache.
let buildId: string | null | undefined;
function currentBuildId(): string | null {
  if (buildId === undefined) {
    try {
      buildId = readFileSync(path.join(process.cwd(), ".next", "BUILD_ID"), "utf8").trim();
    } catch {
      buildId = null;
    }
  }
  return buildId;
}

function parsedEntry(stored: string | null | undefined): Entry | null {
  if (!stored) return null;
  try {
    return JSON.parse(stored) as Entry;
  } catch {
    return null;
  }
}

async function serveProductPageFromCache(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
  const slug = anonymousProductSlug(req);
  const build = currentBuildId();
  if (!slug || !build || !redis) return false;
  const pageKey = `page:${build}:product:${slug}`;
  let values: (string | null)[];
  try {
    values = await redis.mget(...productPageVersionKeys(slug), pageKey);
  } catch {
    return false; // Redis is unavailable: Next.js renders, as it would without the cache.
  }
  const tag = `${values[0] ?? "0"}:${values[1] ?? "0"}`;
  const entry = parsedEntry(values[2]);
  if (entry?.tag === tag) {
    const nonce = createNonce();
    const env = edgeEnv();
    await replayPage(req, res, entry.page, nonce, {
      "content-security-policy": pageContentSecurityPolicy(env, nonce),
      "reporting-endpoints": reportingEndpoints(env.APP_URL),
      "x-request-id": requestIdFrom(
        typeof req.headers["x-request-id"] === "string" ? req.headers["x-request-id"] : null,
      ),
      [PAGE_CACHE_HEADER]: "hit",
    });
    metrics.pageCacheRequests.inc({ result: "hit" });
    return true;
  }
  res.setHeader(PAGE_CACHE_HEADER, "miss");
  metrics.pageCacheRequests.inc({ result: "miss" });
  void recordPage(res).then((page) => {
    if (!page) return;
    const stored: Entry = { tag, page };
    // A store lost to a Redis hiccup is only a later miss.
    redis?.set(pageKey, JSON.stringify(stored), "EX", PRODUCT_PAGE_TTL_SECONDS).catch(() => undefined);
  });
  return false;
}

// Called by the product page's module: from then on the production server answers anonymous
// product pages from the cache (server/http/node-routes.ts).
export function cacheAnonymousProductPages(): void {
  registerNodeRoute("product page cache", serveProductPageFromCache);
}
