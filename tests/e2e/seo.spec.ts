// robots.txt and sitemap.xml over HTTP, from the production build: what crawlers may visit,
// and every product a shopper can open (a product staff deactivate drops out at once).
import { ADMIN, expect, signIn, test } from "./fixtures";

const PENCIL = { slug: "aluminium-mechanical-pencil", name: "Aluminium Mechanical Pencil" };

test("robots.txt keeps crawlers out of private areas and names the sitemap", async ({ request, baseURL }) => {
  const response = await request.get("/robots.txt");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("text/plain");
  const body = await response.text();
  expect(body).toContain("User-Agent: *");
  for (const path of ["/admin", "/account", "/checkout", "/api", "/dev"]) expect(body).toContain(`Disallow: ${path}\n`);
  expect(body).toContain(`Sitemap: ${baseURL}/sitemap.xml`);
});

test("sitemap.xml lists the shop's pages on APP_URL, and not a product staff deactivated", async ({
  page,
  request,
  baseURL,
}) => {
  test.setTimeout(60_000);
  const sitemap = async () => {
    const response = await request.get("/sitemap.xml");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toContain("application/xml");
    return response.text();
  };
  const before = await sitemap();
  for (const path of [
    "/",
    "/products",
    "/categories/kitchen",
    "/products/speckled-stoneware-mug",
    `/products/${PENCIL.slug}`,
  ]) {
    expect(before).toContain(`<loc>${baseURL}${path}</loc>`);
  }
  expect(before).toMatch(/<lastmod>\d{4}-\d{2}-\d{2}T[^<]+<\/lastmod>/);

  await signIn(page, ADMIN, `/admin/products?q=${encodeURIComponent(PENCIL.name)}`);
  await page.getByRole("link", { name: PENCIL.name }).click();
  await page.getByRole("button", { name: "Deactivate", exact: true }).click();
  await expect(page.getByRole("button", { name: "Activate", exact: true })).toBeVisible();
  try {
    expect(await sitemap()).not.toContain(`/products/${PENCIL.slug}<`);
  } finally {
    // Leave the catalog as the other specs expect it.
    await page.getByRole("button", { name: "Activate", exact: true }).click();
    await expect(page.getByRole("button", { name: "Deactivate", exact: true })).toBeVisible();
  }
  expect(await sitemap()).toContain(`<loc>${baseURL}/products/${PENCIL.slug}</loc>`);
});
