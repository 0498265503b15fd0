import { expect, test } from "./fixtures";

test("browse: home → product page → category with cursor pagination", async ({ page }) => {
  await page.goto("/");
  const firstCard = page.locator('a[href^="/products/"]').first();
  await expect(firstCard).toBeVisible();
  const href = await firstCard.getAttribute("href");
  await firstCard.click();
  await expect(page).toHaveURL(href ?? "");

  const heading = page.getByRole("heading", { level: 1 });
  await expect(heading).not.toBeEmpty();
  await expect(page.getByText(/\$\d+(\.\d{2})?/).first()).toBeVisible();
  await expect(page.getByText(/In stock|Only \d+ left|Sold out/).first()).toBeVisible();
  const image = page.locator("main img").first();
  await expect(image).toBeVisible();
  expect(await image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);

  await page.goto("/products");
  const cards = page.locator('main a[href^="/products/"]');
  const before = await cards.count();
  expect(before).toBeGreaterThan(0);
  await page.getByRole("button", { name: /load more/i }).click();
  await expect.poll(() => cards.count()).toBeGreaterThan(before);
  const hrefs = await cards.evaluateAll((links) => links.map((link) => link.getAttribute("href")));
  expect(new Set(hrefs).size, "no product repeats across pages").toBe(hrefs.length);
});

test("an unknown product is a 404 page, not an error", async ({ page }) => {
  const response = await page.goto("/products/no-such-product");
  expect(response?.status()).toBe(404);
});
