import { SHOP_PAGES, type ShopPage } from "../../bench/lib/lighthouse-pages";
import { expect, test } from "./fixtures";

// Issue 13's goal for every shop page: at most 150 KB of compressed JavaScript before the page is
// idle. Pages still above it have a ratchet instead: the size measured on 2026-11-30 rounded up to
// the next 5 KB, to be lowered as levers land (never raised without saying why in the commit).
// Zod (~90 KB) stays off these pages (tests/unit/shop-pages-without-zod.test.ts); lowered
// 2026-11-30 after it left the product and search pages. Lowered again 2026-12-01 after sonner
// (~9 KB) left every page: it loads with the first toast (tests/unit/sonner-loads-lazily.test.ts).
// Home lowered 2026-12-02 after next/image's client component (5.5 KB) left the pages that show
// product images from server components (app/_components/optimized-image.tsx).
// KB = 1024 bytes, as Lighthouse counts.
const GOAL_KB = 150;
const BUDGET_KB: Record<ShopPage["name"], number> = {
  home: 180,
  product: 190,
  search: 185,
  category: 185,
};

for (const shopPage of SHOP_PAGES) {
  test(`first-load JavaScript of the ${shopPage.name} page stays within ${BUDGET_KB[shopPage.name]} KB compressed`, async ({
    page,
  }) => {
    // A fresh context (empty cache) per test: every script the page needs comes over the wire.
    const scriptSizes: Promise<{ url: string; bytes: number }>[] = [];
    page.on("requestfinished", (request) => {
      if (request.resourceType() !== "script") return;
      scriptSizes.push(request.sizes().then((sizes) => ({ url: request.url(), bytes: sizes.responseBodySize })));
    });
    await page.goto(shopPage.path);
    await page.waitForLoadState("networkidle");
    const scripts = await Promise.all(scriptSizes);
    const totalBytes = scripts.reduce((sum, script) => sum + script.bytes, 0);
    const listing = scripts
      .sort((a, b) => b.bytes - a.bytes)
      .map((script) => `${(script.bytes / 1024).toFixed(1)} KB ${new URL(script.url).pathname}`)
      .join("\n");
    expect(
      totalBytes,
      `compressed scripts of ${shopPage.path} (issue 13's goal: ${GOAL_KB} KB):\n${listing}`,
    ).toBeLessThanOrEqual(BUDGET_KB[shopPage.name] * 1024);
  });
}
