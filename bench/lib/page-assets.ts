// The static files a page makes the browser load (scripts, styles, fonts), mixed into shop
// traffic as browsers send them: of every `rate` requests a second, `shopRate` are shop
// requests (pages, tRPC, checkouts) and the rest these files.
import { send } from "./load";
import type { Sample } from "./shop-traffic";

// A static file is counted as a sample of its own kind, beside shop-traffic.ts's kinds.
export const STATIC_FILE = "static file" as Sample["kind"];

// The scripts and styles the home page loads.
export async function staticFiles(baseUrl: string): Promise<string[]> {
  const html = await (await fetch(`${baseUrl}/`)).text();
  const paths = [
    ...new Set([...html.matchAll(/\/_next\/static\/[^"'\s\\)]+\.(?:js|css|woff2)/g)].map((match) => match[0])),
  ];
  if (paths.length === 0) throw new Error("the home page names no static files");
  return paths.map((file) => `${baseUrl}${file}`);
}

async function fetchStatic(url: string, dueAt: number): Promise<Sample> {
  const result = await send({ url });
  const sample: Sample = { kind: STATIC_FILE, dueAt, ms: performance.now() - dueAt, status: result.status };
  if (result.error) sample.error = result.error;
  if (result.status >= 300) sample.body = result.body.slice(0, 300);
  return sample;
}

// The next request of the mix: a shop request `shopRate / rate` of the time, else a static file.
export function withStaticFiles(
  shopNext: (dueAt: number) => Promise<Sample>,
  files: string[],
  rates: { rate: number; shopRate: number },
) {
  let shopShare = 0;
  let fileTurn = 0;
  return (dueAt: number): Promise<Sample> => {
    shopShare += rates.shopRate / rates.rate;
    if (shopShare < 1) return fetchStatic(files[fileTurn++ % files.length]!, dueAt);
    shopShare -= 1;
    return shopNext(dueAt);
  };
}
