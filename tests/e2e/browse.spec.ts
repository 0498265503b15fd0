import { SHOPPER, expect, test } from "./fixtures";

// Cumulative layout shift of the page so far (buffered layout-shift entries, ignoring shifts
// right after user input, as the CLS metric does).
function cumulativeLayoutShift(): Promise<number> {
  return new Promise((resolve) => {
    new PerformanceObserver((list) => {
      const entries = list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[];
      resolve(entries.filter((entry) => !entry.hadRecentInput).reduce((sum, entry) => sum + entry.value, 0));
    }).observe({ type: "layout-shift", buffered: true });
    setTimeout(() => resolve(0), 1000);
  });
}

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
  await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  expect(await page.evaluate(cumulativeLayoutShift)).toBeLessThan(0.01);

  // Signing in from the product page comes back to it, then the account shows who is signed in.
  await page.getByRole("banner").getByRole("link", { name: "Sign in", exact: true }).click();
  await page.getByLabel("Email").fill(SHOPPER.email);
  await page.getByLabel("Password").fill(SHOPPER.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(href ?? "");
  await page.goto("/account");
  await expect(page.getByText(SHOPPER.email)).toBeVisible();

  await page.goto("/products");
  const cards = page.locator('main a[href^="/products/"]');
  await expect(cards.first()).toBeVisible();
  const before = await cards.count();
  await page.getByRole("button", { name: /load more/i }).click();
  await expect.poll(() => cards.count()).toBeGreaterThan(before);
  const hrefs = await cards.evaluateAll((links) => links.map((link) => link.getAttribute("href")));
  expect(new Set(hrefs).size, "no product repeats across pages").toBe(hrefs.length);
});

test.describe("unknown product", () => {
  test.use({ expectedConsole: [/status of 404/] });

  test("is a 404 page, not an error", async ({ page }) => {
    const response = await page.goto("/products/no-such-product");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  });

  test("says what is missing, in the page and in its title", async ({ page }) => {
    const pages = [
      {
        path: "/products/no-such-product",
        title: "Product not found · Shopfront",
        heading: "We couldn’t find that product",
      },
      {
        path: "/products/Not_A_Slug",
        title: "Product not found · Shopfront",
        heading: "We couldn’t find that product",
      },
      {
        path: "/categories/no-such-category",
        title: "Category not found · Shopfront",
        heading: "We couldn’t find that category",
      },
      { path: "/no-such-page", title: "Page not found · Shopfront", heading: "We couldn’t find that page" },
    ];
    for (const { path, title, heading } of pages) {
      expect((await page.goto(path))?.status(), path).toBe(404);
      await expect(page, path).toHaveTitle(title);
      await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
    }
  });
});
