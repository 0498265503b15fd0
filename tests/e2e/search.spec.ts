// Search in the production build: the header box, typo tolerance, filters and sort kept in
// the URL (so the back button and shared links work), and the empty state.
import { expect, test } from "./fixtures";

test("search from the header, forgive a typo, filter and sort through the URL", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("searchbox", { name: "Search products" }).fill("lamp");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/search\?q=lamp$/);
  await expect(page.getByRole("heading", { name: "Results for “lamp”" })).toBeVisible();
  const results = page.getByRole("main").getByRole("listitem");
  await expect(results.filter({ hasText: "Architect Desk Lamp" })).toHaveCount(1);
  await expect(results.filter({ hasText: "Oak Tripod Floor Lamp" })).toHaveCount(1);

  await page.goto("/search?q=archtect");
  await expect(results.filter({ hasText: "Architect Desk Lamp" })).toHaveCount(1);

  await page.goto("/search?q=lamp");
  const filters = page.getByRole("search", { name: "Search products" });
  await filters.getByLabel("Max $").fill("150");
  await filters.getByLabel("Sort by").selectOption("price_desc");
  await filters.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/\/search\?q=lamp&max=150&sort=price_desc$/);
  await expect(results.filter({ hasText: "Oak Tripod Floor Lamp" })).toHaveCount(0);
  await expect(results.first()).toContainText("Mushroom Table Lamp");
  await page.goBack();
  await expect(page).toHaveURL(/\/search\?q=lamp$/);
  await expect(results.filter({ hasText: "Oak Tripod Floor Lamp" })).toHaveCount(1);
});

test("a search that matches nothing says so", async ({ page }) => {
  await page.goto("/search?q=zqxjvw");
  await expect(page.getByText("Nothing matches “zqxjvw”")).toBeVisible();
});

test("signed-out shoppers are invited to sign in to review", async ({ page }) => {
  await page.goto("/products/speckled-stoneware-mug");
  await expect(page.getByRole("heading", { name: "Reviews" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Sign in to review" })).toHaveAttribute(
    "href",
    "/login?next=%2Fproducts%2Fspeckled-stoneware-mug",
  );
});

// Streamed in after the rest of the page, the filter form pushed the results down as it arrived:
// a layout shift of 0.21 on phones (Lighthouse) whenever it lost the race with the first paint.
// It must come with the page itself, before anything React streams into hidden placeholders.
test("the search filters come with the page, not streamed in after it", async ({ request }) => {
  const html = await (await request.get("/search?q=mug")).text();
  const filters = html.indexOf('name="min"');
  const firstStreamed = html.indexOf('<div hidden id="S:');
  expect(filters).toBeGreaterThan(-1);
  if (firstStreamed !== -1) expect(filters).toBeLessThan(firstStreamed);
});
