// Live updates, seen from real browsers: what happens in one tab or to one person shows up in
// another without a reload (tRPC subscriptions over Server-Sent Events, fanned out by Redis).
import type { Page } from "@playwright/test";
import {
  ADMIN,
  SHOPPER,
  WATER_BOTTLE,
  addToCart,
  expect,
  hydrated,
  payOrder,
  placeOrder,
  signIn,
  test,
} from "./fixtures";

const KETTLE = { slug: "enamel-stovetop-kettle", name: "Enamel Stovetop Kettle" };

// A document that is still the same one later has not been reloaded.
async function markDocument(page: Page): Promise<void> {
  await page.evaluate(() => Object.assign(window, { sameDocument: true }));
}
const stillSameDocument = (page: Page) => page.evaluate(() => "sameDocument" in window);

test("an order page open in another tab turns Paid without a reload; another page shows a toast", async ({ page }) => {
  test.setTimeout(90_000);
  await signIn(page, SHOPPER);
  await expect(page).toHaveURL(/\/account$/, { timeout: 15_000 });
  await addToCart(page, WATER_BOTTLE);
  const orderId = await placeOrder(page);

  const orderTab = await page.context().newPage();
  await orderTab.goto(`/account/orders/${orderId}`);
  await hydrated(orderTab);
  await expect(orderTab.getByTestId("order-status")).toHaveText("Awaiting payment");
  await markDocument(orderTab);
  const homeTab = await page.context().newPage();
  await homeTab.goto("/");
  await hydrated(homeTab);

  await payOrder(page, orderId);

  await expect(orderTab.getByTestId("order-status")).toHaveText("Paid", { timeout: 10_000 });
  expect(await stillSameDocument(orderTab)).toBe(true);
  await expect(homeTab.getByText(/^Order SF-\S+ is now paid$/)).toBeVisible({ timeout: 10_000 });
  // Its action still leads to the order: the first toast waited in the lazy toaster's queue
  // while sonner loaded.
  await homeTab
    .locator("[data-sonner-toast]", { hasText: /Order SF-\S+ is now paid/ })
    .getByRole("button", { name: "View", exact: true })
    .click();
  await expect(homeTab).toHaveURL(new RegExp(`/account/orders/${orderId}$`));
});

test("staff see a new order arrive: a toast and a count beside Orders", async ({ page, browser }) => {
  test.setTimeout(90_000);
  const staffContext = await browser.newContext();
  const staff = await staffContext.newPage();
  await signIn(staff, ADMIN, "/admin");
  await expect(staff.getByRole("heading", { name: "Staff dashboard" })).toBeVisible({ timeout: 15_000 });
  await hydrated(staff);
  await markDocument(staff);

  await signIn(page, SHOPPER);
  await expect(page).toHaveURL(/\/account$/, { timeout: 15_000 });
  await addToCart(page, WATER_BOTTLE);
  await placeOrder(page);

  await expect(staff.getByText(/^New order SF-\S+ · \$/)).toBeVisible({ timeout: 10_000 });
  await expect(
    staff.getByRole("navigation", { name: "Staff dashboard" }).getByRole("link", { name: /Orders\s*1 new/ }),
  ).toBeVisible();
  expect(await stillSameDocument(staff)).toBe(true);
  await staffContext.close();
});

test("a product page's stock follows a staff adjustment without a reload", async ({ page, browser }) => {
  test.setTimeout(90_000);
  await page.goto(`/products/${KETTLE.slug}`);
  await hydrated(page);
  await expect(page.getByText("In stock", { exact: true })).toBeVisible();
  await markDocument(page);

  const staffContext = await browser.newContext();
  const staff = await staffContext.newPage();
  await signIn(staff, ADMIN, `/admin/products?q=${encodeURIComponent(KETTLE.name)}`);
  await staff.getByRole("link", { name: KETTLE.name }).click();
  await hydrated(staff);
  const stockText = staff.getByRole("form", { name: "Stock" }).getByText(/^In stock: \d+$/);
  const before = Number((await stockText.textContent())?.replace(/\D/g, ""));
  const adjust = async (delta: number) => {
    await staff.getByLabel("Change").fill(String(delta));
    await staff.getByLabel("Reason").fill("Live stock check");
    await staff.getByRole("button", { name: "Adjust stock" }).click();
  };
  await adjust(3 - before);
  await expect(page.getByText("Only 3 left")).toBeVisible({ timeout: 10_000 });
  expect(await stillSameDocument(page)).toBe(true);

  await adjust(before - 3);
  await expect(page.getByText("In stock", { exact: true })).toBeVisible({ timeout: 10_000 });
  await staffContext.close();
});
