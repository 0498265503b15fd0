// The thank-you page in its other states: the shopper arrives before the payment webhook (it
// waits, then thanks them), the order was cancelled, or the order is someone else's (404).
import type { Page } from "@playwright/test";
import { ADMIN, SHOPPER, expect, hydrated, placeOrder, signIn, test } from "./fixtures";

const MUG = { slug: "speckled-stoneware-mug", name: "Speckled Stoneware Mug" };

// Signed in as the shopper: one mug, ordered and left unpaid. Returns the order id.
async function unpaidOrder(page: Page): Promise<string> {
  await signIn(page, SHOPPER);
  await expect(page).toHaveURL(/\/account$/, { timeout: 15_000 });
  await page.goto(`/products/${MUG.slug}`);
  await page.getByRole("button", { name: "Add to cart" }).click();
  await expect(page.getByRole("link", { name: "Cart, 1 item" })).toBeVisible();
  return placeOrder(page);
}

test("arriving before the payment is confirmed: it says so, then thanks the shopper once it is", async ({ page }) => {
  test.setTimeout(90_000);
  const orderId = await unpaidOrder(page);
  await page.goto(`/checkout/confirmation/${orderId}`);
  await expect(page.getByRole("heading", { name: "We’re confirming your payment" })).toBeVisible();
  await expect(page.getByRole("status")).toContainText("this page updates by itself");
  await expect(page.getByRole("region", { name: "Items" })).toContainText(MUG.name);

  // The payment lands from another tab, as a provider's webhook would, while this page waits.
  const payer = await page.context().newPage();
  await payer.goto(`/checkout/pay/${orderId}`);
  await hydrated(payer);
  await payer.getByRole("button", { name: /^Pay \$/ }).click();
  await expect(payer.getByRole("heading", { name: "Thank you for your order" })).toBeVisible({ timeout: 15_000 });
  await payer.close();

  await expect(page.getByRole("heading", { name: "Thank you for your order" })).toBeVisible({ timeout: 15_000 });
  await expect(page.getByRole("main").getByText(/^Paid by card on /)).toBeVisible();
});

test.describe("an order that cannot be confirmed", () => {
  test.use({ expectedConsole: [/status of 404/] });

  test("a cancelled order says so; another shopper's order is a 404 titled as such", async ({
    page,
    browser,
    baseURL,
  }) => {
    test.setTimeout(90_000);
    const orderId = await unpaidOrder(page);
    await page.goto(`/account/orders/${orderId}`);
    await page.getByRole("button", { name: "Cancel order" }).click();
    await page.getByRole("button", { name: "Yes, cancel order" }).click();
    await expect(page.getByTestId("order-status")).toHaveText("Cancelled");

    await page.goto(`/checkout/confirmation/${orderId}`);
    await expect(page.getByRole("heading", { name: "This order was cancelled" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Thank you for your order" })).toHaveCount(0);
    await expect(page.getByRole("link", { name: "View your order" })).toHaveAttribute(
      "href",
      `/account/orders/${orderId}`,
    );

    const stranger = await browser.newContext({ baseURL });
    const strangerPage = await stranger.newPage();
    await signIn(strangerPage, ADMIN);
    await expect(strangerPage).toHaveURL(/\/account$/, { timeout: 15_000 });
    for (const path of [
      `/checkout/confirmation/${orderId}`,
      `/checkout/pay/${orderId}`,
      `/account/orders/${orderId}`,
      "/checkout/confirmation/not-an-id",
    ]) {
      const response = await strangerPage.goto(path);
      expect(response?.status()).toBe(404);
      await expect(strangerPage).toHaveTitle("Order not found · Shopfront");
      await expect(strangerPage.getByRole("heading", { name: "We couldn’t find that order" })).toBeVisible();
    }
    await stranger.close();
  });
});
