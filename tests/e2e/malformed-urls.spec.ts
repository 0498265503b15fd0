// A path segment that is not valid percent-encoding cannot name a product or category. Next's
// router fails to decode it before any page runs and answered a bare 500; it is the shop's
// 404 page (middleware refuses undecodable paths before routing).
import { expect, test } from "./fixtures";

const malformedPaths = [
  "/categories/%",
  "/categories/%zz",
  "/products/%",
  "/products/abc%",
  "/products/%E0%A4%A",
  "/products/%C0%80",
];

test.describe("malformed paths", () => {
  test.use({ expectedConsole: [/status of 404/] });

  for (const path of malformedPaths) {
    test(`${path} is the 404 page, not a server error`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole("heading", { name: "We couldn’t find that page" })).toBeVisible();
    });
  }
});
