// The header's category links on a phone and on a desktop. One list at every width, restyled
// at lg: outlined chips in a row that scrolls sideways on phones, a plain bar on desktops.
// Each category is in the page once, and the shopper's current one is marked.
import { expect, test } from "./fixtures";

const WHITE = "rgb(255, 255, 255)";

for (const { device, width } of [
  { device: "phone", width: 390 },
  { device: "desktop", width: 1366 },
]) {
  test(`category links on a ${device} (${width} px)`, async ({ page }) => {
    await page.setViewportSize({ width, height: 844 });
    await page.goto("/");
    const categories = page.getByRole("navigation", { name: "Categories" });
    // Counted in the markup, so a second copy hidden at this width counts too.
    await expect(categories.locator('a[href="/categories/kitchen"]')).toHaveCount(1);

    const lastCategory = categories.getByRole("link", { name: "Desk & Stationery" });
    if (device === "phone") {
      // Past the right edge until the row is swiped; the page itself does not widen.
      expect(await lastCategory.evaluate((link) => link.getBoundingClientRect().left)).toBeGreaterThan(width);
      await lastCategory.scrollIntoViewIfNeeded();
      await expect(lastCategory).toBeInViewport();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    } else {
      await expect(lastCategory).toBeInViewport();
    }

    await categories.getByRole("link", { name: "Kitchen" }).click();
    await expect(page).toHaveURL(/\/categories\/kitchen$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Kitchen");
    const current = categories.getByRole("link", { name: "Kitchen" });
    await expect(current).toHaveAttribute("aria-current", "page");
    await expect(categories.getByRole("link", { name: "All products" })).not.toHaveAttribute("aria-current");
    // The current chip is filled (white on ink) on phones; on the bar it is ink on a light tint.
    if (device === "phone") await expect(current).toHaveCSS("color", WHITE);
    else await expect(current).not.toHaveCSS("color", WHITE);
  });
}
