// The two sides of the product-page bench: a seeded product's page as an anonymous shopper
// gets it (full HTML), and one of the JavaScript files that page loads, served by the same
// server. Of the page's scripts, the one closest in size to the page's HTML, so both sides
// put about the same bytes on the wire and the ratio prices the rendering, not the transfer.
import type pg from "pg";

export async function productPageAndAsset(base: string, db: pg.Pool) {
  const { rows } = await db.query<{ slug: string; name: string }>(
    `SELECT slug, name FROM products WHERE active AND "deletedAt" IS NULL ORDER BY "createdAt" DESC LIMIT 1`,
  );
  const product = rows[0];
  if (!product) throw new Error("the seeded catalog has no active product");
  const page = `${base}/products/${product.slug}`;
  const response = await fetch(page);
  const html = await response.text();
  if (!response.ok || !html.includes("</html>") || !html.includes(product.name)) {
    throw new Error(`${page} answered ${response.status} without the product's full page`);
  }
  const scripts = [...new Set([...html.matchAll(/\/_next\/static\/[^"'\s\\)]+\.js/g)].map((match) => match[0]))];
  const sized = await Promise.all(
    scripts.map(async (path) => ({ path, bytes: (await (await fetch(`${base}${path}`)).arrayBuffer()).byteLength })),
  );
  const htmlBytes = Buffer.byteLength(html);
  const closest = sized.sort((a, b) => Math.abs(a.bytes - htmlBytes) - Math.abs(b.bytes - htmlBytes))[0];
  if (!closest) throw new Error(`${page} loads no script`);
  return { slug: product.slug, page, pageBytes: htmlBytes, asset: `${base}${closest.path}`, assetBytes: closest.bytes };
}
