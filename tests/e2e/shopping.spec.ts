// The shopping journey in the production build: a guest fills a cart, signs in (the cart
// merges into the account's), checks out, pays on the test payment page (a signed webhook
// into the app), lands on the thank-you page (items, address, totals, what happens next), sees the
// order PAID and finds the confirmation email with its items in the capture page.
import { ADMIN, expect, hydrated, signIn, SHOPPER, test } from "./fixtures";

const MUG = { slug: "speckled-stoneware-mug", name: "Speckled Stoneware Mug" };

test("guest cart → sign in (merge) → checkout → test payment → thank-you page → confirmation email", async ({
  page,
  openMailbox,
}) => {
  test.setTimeout(90_000);
  await page.goto(`/products/${MUG.slug}`);
  await expect(page.getByRole("heading", { name: MUG.name, level: 1 })).toBeVisible();
  await page.getByLabel("Quantity").selectOption("2");
  await page.getByRole("button", { name: "Add to cart" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Added to your cart" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Cart, 2 items" })).toBeVisible();

  await page.goto("/cart");
  const main = page.getByRole("main");
  await expect(main.getByRole("link", { name: MUG.name })).toBeVisible();
  await expect(main.getByText("$48.00").first()).toBeVisible();
  await main.getByRole("link", { name: "Check out" }).click();

  // Checkout needs an account: sign in, then come straight back with the guest cart merged.
  await expect(page).toHaveURL(/\/login\?next=%2Fcheckout/);
  await signIn(page, SHOPPER, "/checkout");
  await expect(page.getByRole("heading", { name: "Checkout" })).toBeVisible();
  await hydrated(page);
  const review = page.getByRole("region", { name: "Your order" });
  await expect(review.getByText(MUG.name)).toBeVisible();

  // The country picker decides the rest of the address: Canada asks for a province, the US
  // (preselected from the browser's en-US) for a state and a ZIP code.
  const country = page.getByLabel("Country");
  await expect(country).toHaveValue("US");
  await country.selectOption({ label: "Canada" });
  await expect(page.getByLabel("Province or territory")).toBeVisible();
  await expect(page.getByLabel("Postal code")).toBeVisible();
  await country.selectOption("US");
  await expect(page.getByLabel("Province or territory")).toHaveCount(0);
  await page.getByLabel("Street address").fill("12 Harbour Lane");
  await page.getByLabel("City").fill("Portland");
  await page.getByLabel("ZIP code").fill("9720");
  await page.getByRole("button", { name: "Place order" }).click();
  await expect(page.getByLabel("State")).toHaveAccessibleDescription("Choose a state");
  await expect(page.getByLabel("ZIP code")).toHaveAccessibleDescription("Enter a US ZIP code, like 97201");
  await page.getByLabel("State").selectOption({ label: "Oregon" });
  await page.getByLabel("ZIP code").fill("97201");
  // A double click still places one order (same idempotency key, button disabled).
  await page.getByRole("button", { name: "Place order" }).dblclick();

  await expect(page.getByRole("heading", { name: /Pay for order SF-/ })).toBeVisible();
  const number = (await page.getByRole("heading", { name: /Pay for order/ }).textContent())?.match(/SF-\w+/)?.[0];
  expect(number).toBeTruthy();
  await page.getByRole("button", { name: /^Pay \$/ }).click();
  await page.waitForURL(/\/checkout\/confirmation\//, { timeout: 15_000 });

  // The thank-you page: what was bought, where it goes, what it cost and what happens next.
  await expect(page.getByRole("heading", { name: "Thank you for your order" })).toBeVisible();
  await expect(page).toHaveURL(/\/checkout\/confirmation\/[0-9a-f-]{36}$/);
  await expect(page).toHaveTitle("Order confirmation · Shopfront");
  const confirmation = page.getByRole("main");
  await expect(confirmation.getByText(`Order ${number}`)).toBeVisible();
  await expect(confirmation.getByText(/^Paid by card on /)).toBeVisible();
  const items = page.getByRole("region", { name: "Items" });
  const mugLine = items.getByRole("listitem").filter({ hasText: MUG.name });
  await expect(mugLine).toContainText("2 × $24.00");
  await expect(mugLine).toContainText("$48.00");
  await expect(mugLine.locator("img")).toHaveJSProperty("complete", true);
  expect(await mugLine.locator("img").evaluate((image: HTMLImageElement) => image.naturalWidth)).toBeGreaterThan(0);
  await expect(items.getByText("Subtotal")).toBeVisible();
  await expect(items.getByText("$53.00")).toBeVisible();
  const address = page.getByRole("region", { name: "Shipping to" });
  await expect(address).toContainText("12 Harbour Lane");
  await expect(address).toContainText("Portland");
  const next = page.getByRole("region", { name: "What happens next" });
  await expect(next).toContainText(`A confirmation email is on its way to ${SHOPPER.email}`);
  await expect(next).toContainText("will email you when it ships");
  await expect(next.getByRole("link", { name: "Keep shopping" })).toHaveAttribute("href", "/products");
  await expect(page.getByRole("link", { name: "Cart, 0 items" })).toBeVisible();
  await next.getByRole("link", { name: "View your order" }).click();

  await expect(page.getByRole("heading", { name: `Order ${number}` })).toBeVisible();
  await expect(page.getByTestId("order-status")).toHaveText("Paid");
  await expect(page.getByRole("main").getByText(/Paid by card on /)).toBeVisible();
  await expect(page.getByRole("main")).not.toContainText("pay_");
  await expect(page.getByRole("region", { name: "Shipping to" })).toContainText(
    "12 Harbour LanePortland, OR 97201United States",
  );

  await page.goto("/account/orders");
  await expect(page.getByRole("main").getByRole("link", { name: new RegExp(number ?? "") })).toHaveCount(1);

  const mailbox = await openMailbox();
  const email = mailbox.getByRole("listitem").filter({ hasText: `Order ${number} is confirmed` });
  await expect(async () => {
    await mailbox.getByRole("button", { name: "Refresh" }).click();
    await expect(email).toHaveCount(1, { timeout: 1000 });
  }).toPass({ timeout: 20_000 });
  await expect(email).toContainText(`To: ${SHOPPER.email}`);
  await email.getByRole("button", { name: "Show message" }).click();
  const text = email.locator("pre");
  for (const part of [MUG.name, "Qty 2 × $24.00", "12 Harbour Lane", "Portland", "Subtotal", "$53.00"])
    await expect(text).toContainText(part);

  // Having bought the mug, the shopper may review it; the product's average follows.
  await page.goto(`/products/${MUG.slug}`);
  await hydrated(page);
  // The form checks what is missing before sending (its schema loads when it is first sent).
  await page.getByRole("button", { name: "Post review" }).click();
  await expect(page.getByText("Choose a rating")).toBeVisible();
  await expect(page.getByText("Write a few words")).toBeVisible();
  await page.getByRole("radio", { name: "4 stars" }).check({ force: true });
  await page.getByLabel("Your review").fill("Keeps coffee warm and feels great in the hand.");
  await page.getByRole("button", { name: "Post review" }).click();
  await expect(page.getByText("Thanks, your review is saved.")).toBeVisible();
  await expect(page.getByRole("main").getByText("Keeps coffee warm and feels great in the hand.")).toBeVisible();
  await expect(page.getByText("Rated 4 out of 5, 1 review")).toBeAttached();
});

test("an order can be cancelled while unpaid, and someone else's order is a 404", async ({
  page,
  browser,
  baseURL,
}) => {
  await signIn(page, SHOPPER);
  await expect(page).toHaveURL(/\/account$/);
  await page.goto(`/products/${MUG.slug}`);
  await page.getByRole("button", { name: "Add to cart" }).click();
  await expect(page.getByRole("link", { name: "Cart, 1 item" })).toBeVisible();
  await page.goto("/checkout");
  await page.getByLabel("Country").selectOption({ label: "United Kingdom" });
  await page.getByLabel("Street address").fill("3 Quay Street");
  await page.getByLabel("City").fill("Bristol");
  await page.getByLabel("Postcode").fill("bs1 4dj");
  await page.getByRole("button", { name: "Place order" }).click();
  await expect(page.getByRole("heading", { name: /Pay for order/ })).toBeVisible();
  const orderPath = new URL(page.url()).pathname.replace("/checkout/pay/", "/account/orders/");

  await page.goto(orderPath);
  await expect(page.getByTestId("order-status")).toHaveText("Awaiting payment");
  await expect(page.getByRole("region", { name: "Shipping to" })).toContainText(
    "3 Quay StreetBristolBS1 4DJUnited Kingdom",
  );
  await page.getByRole("button", { name: "Cancel order" }).click();
  await page.getByRole("button", { name: "Yes, cancel order" }).click();
  await expect(page.getByTestId("order-status")).toHaveText("Cancelled");
  await expect(page.getByRole("button", { name: "Cancel order" })).toHaveCount(0);

  const stranger = await browser.newContext({ baseURL });
  const strangerPage = await stranger.newPage();
  await signIn(strangerPage, ADMIN);
  await expect(strangerPage).toHaveURL(/\/account$/);
  const response = await strangerPage.goto(orderPath);
  expect(response?.status()).toBe(404);
  await stranger.close();
});
