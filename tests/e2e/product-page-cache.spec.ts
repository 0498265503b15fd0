// A product page served from the page cache (server/catalog/product-page-cache.ts) is a page
// like any other in the browser: it hydrates under the nonce of its own response (any CSP
// violation fails the test, fixtures.ts) and the shopper can add to the cart from it. Once
// the shopper has a cart, their pages are rendered for them again.
import { expect, test } from "./fixtures";

// A product no other test changes, so no order retires its page between the two visits.
const LAMP = { slug: "mushroom-table-lamp", name: "Mushroom Table Lamp" };

test("a cached product page hydrates under its own nonce and takes an order into the cart", async ({ page }) => {
  // The page is stored just after its first view has gone out: the views go on until one is
  // served from the cache. Each view waits for hydration, seconds on a busy machine, so the
  // poll's default 5 s could end during the second view.
  await expect
    .poll(async () => (await page.goto(`/products/${LAMP.slug}`))?.headers()["x-page-cache"], { timeout: 30_000 })
    .toBe("hit");
  await expect(page.getByRole("heading", { name: LAMP.name, level: 1 })).toBeVisible();

  await page.getByRole("button", { name: "Add to cart" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Added to your cart" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Cart, 1 item" })).toBeVisible();

  // The guest cart's cookie now goes with every request: the page is rendered with the cart.
  const rendered = await page.reload();
  expect(rendered?.headers()["x-page-cache"]).toBeUndefined();
  await expect(page.getByRole("link", { name: "Cart, 1 item" })).toBeVisible();
});
