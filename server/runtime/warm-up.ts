// Before a fresh instance says it is ready (readiness 200, PM2's `ready`), it requests the
// shop's main routes once itself: a route's first request loads and compiles its code, which
// took 1.3-2.4 s per page here, so the first shoppers a load balancer sent to a new instance
// waited that long (pm2 reload p99 10.3 s against 153 ms before, BENCHMARKS.md). Failures are
// ignored: warming is an optimisation, and readiness still checks the database itself.
import "server-only";
import { request } from "node:http";

const WARM_UP_BUDGET_MS = 30_000;
const trpcGet = (procedure: string, input?: unknown) =>
  `/api/trpc/${procedure}${input === undefined ? "" : `?input=${encodeURIComponent(JSON.stringify({ json: input }))}`}`;
const ROUTES = [
  "/",
  "/products",
  "/search?q=lamp",
  "/cart",
  "/login",
  trpcGet("product.list", { limit: 12 }),
  trpcGet("product.listFeatured"),
];

type Answer = { status: number; body: string };

// One request on its own connection (`agent: false` sends Connection: close): a kept-alive
// connection to itself would stay open, idle, and a drain waits for idle connections to leave.
function get(base: string, path: string, deadline: number): Promise<Answer | null> {
  const left = deadline - Date.now();
  if (left <= 0) return Promise.resolve(null);
  return new Promise((resolve) => {
    const accept = path.startsWith("/api/") ? "application/json" : "text/html";
    const req = request(`${base}${path}`, { agent: false, headers: { accept }, timeout: left }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString() }));
      res.on("error", () => resolve(null));
    });
    req.on("timeout", () => req.destroy());
    req.on("error", () => resolve(null));
    req.end();
  });
}

// A product page and product.get need a real slug: the first product of the list.
function firstProductSlug(answer: Answer | null): string | null {
  try {
    const body = JSON.parse(answer?.body ?? "null") as {
      result?: { data?: { json?: { items?: Array<{ slug?: string }> } } };
    } | null;
    return body?.result?.data?.json?.items?.[0]?.slug ?? null;
  } catch {
    return null;
  }
}

export async function warmUp(base: string): Promise<{ ms: number; routes: number; failed: string[] }> {
  const started = Date.now();
  const deadline = started + WARM_UP_BUDGET_MS;
  const failed: string[] = [];
  const count = (path: string, answer: Answer | null) => {
    if (!answer || answer.status >= 300) failed.push(`${path} ${answer?.status ?? "no answer"}`);
  };
  // One at a time: the point is to load each route's code, not to load the machine.
  let slug: string | null = null;
  for (const path of ROUTES) {
    const answer = await get(base, path, deadline);
    if (path.startsWith("/api/trpc/product.list?")) slug = firstProductSlug(answer);
    count(path, answer);
  }
  const productRoutes = slug ? [`/products/${encodeURIComponent(slug)}`, trpcGet("product.get", { slug })] : [];
  for (const path of productRoutes) count(path, await get(base, path, deadline));
  return { ms: Date.now() - started, routes: ROUTES.length + productRoutes.length, failed };
}
