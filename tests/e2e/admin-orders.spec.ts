// Staff order handling in the production build: a shopper buys through the storefront, staff
// find the order with the list's filters, see exactly the moves the state machine allows
// (cancel asks first), pack and ship it with a tracking note, and the shopper's shipping
// email arrives in the capture page.
import { ADMIN, SHOPPER, expect, hydrated, signIn, test } from "./fixtures";

const SLEEVE = { slug: "felt-laptop-sleeve", name: 'Felt Laptop Sleeve 14"' };
const TRACKING = "Tracking number 1Z999AA10123456785";

test("shopper buys → staff filter, pack and ship with a note → shipping email", async ({
  page,
  browser,
  baseURL,
  openMailbox,
}) => {
  test.setTimeout(90_000);
  const shopperContext = await browser.newContext({ baseURL });
  const shopper = await shopperContext.newPage();
  await signIn(shopper, SHOPPER);
  await expect(shopper).toHaveURL(/\/account$/);
  await shopper.goto(`/products/${SLEEVE.slug}`);
  await shopper.getByRole("button", { name: "Add to cart" }).click();
  await expect(shopper.getByRole("status").filter({ hasText: "Added to your cart" })).toBeVisible();
  await shopper.goto("/checkout");
  await hydrated(shopper);
  await shopper.getByLabel("Country").selectOption("NL");
  await shopper.getByLabel("Street address").fill("9 Canal Walk");
  await shopper.getByLabel("City").fill("Utrecht");
  await shopper.getByLabel("Postcode").fill("3511ab");
  await shopper.getByRole("button", { name: "Place order" }).click();
  const number =
    ((await shopper.getByRole("heading", { name: /Pay for order/ }).textContent()) ?? "").match(/SF-\w+/)?.[0] ?? "";
  expect(number).not.toBe("");
  await shopper.getByRole("button", { name: /^Pay / }).click();
  await expect(shopper.getByRole("heading", { name: "Thank you for your order" })).toBeVisible();

  await signIn(page, ADMIN, "/admin/orders");
  await expect(page.getByRole("heading", { name: "Orders", level: 1 })).toBeVisible();
  const filters = page.getByRole("search", { name: "Filter orders" });
  await filters.getByLabel("Status").selectOption("PAID");
  await filters.getByLabel("Customer email").fill(SHOPPER.email);
  await filters.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/\/admin\/orders\?status=PAID&customer=shopper%40shopfront\.test$/);
  const row = page.getByRole("table", { name: "Orders" }).getByRole("row").filter({ hasText: number });
  await expect(row.getByTestId("order-status")).toHaveText("Paid");
  await row.getByRole("link", { name: number }).click();

  await expect(page.getByRole("heading", { name: `Order ${number}` })).toBeVisible();
  // The Dutch way round: postcode (as the post writes it) before the town.
  await expect(page.getByRole("region", { name: "Ship to" })).toContainText("9 Canal Walk3511 AB UtrechtNetherlands");
  await hydrated(page);
  const actions = page.getByRole("region", { name: "Next step" });
  await expect(actions.getByRole("button")).toHaveText(["Start packing", "Cancel order"]);
  // Cancelling asks first; keeping the order changes nothing.
  await actions.getByRole("button", { name: "Cancel order" }).click();
  await expect(actions.getByRole("group", { name: "Confirm" })).toContainText("Its items go back into stock");
  await actions.getByRole("button", { name: "Keep it" }).click();
  await expect(page.getByTestId("order-status")).toHaveText("Paid");

  await actions.getByRole("button", { name: "Start packing" }).click();
  await expect(page.getByTestId("order-status")).toHaveText("Being packed");
  await expect(actions.getByRole("button")).toHaveText(["Mark shipped", "Cancel order"]);
  await actions.getByLabel("Note (optional)").fill(TRACKING);
  await actions.getByRole("button", { name: "Mark shipped" }).click();
  await expect(page.getByTestId("order-status")).toHaveText("Shipped");
  await expect(actions.getByRole("button")).toHaveText(["Mark delivered", "Refund order"]);
  await expect(page.getByRole("region", { name: "Status history" })).toContainText(TRACKING);

  const mailbox = await openMailbox();
  const email = mailbox.getByRole("listitem").filter({ hasText: `Order ${number} is on its way` });
  await expect(async () => {
    await mailbox.getByRole("button", { name: "Refresh" }).click();
    await expect(email).toHaveCount(1, { timeout: 1000 });
  }).toPass({ timeout: 20_000 });
  await expect(email).toContainText(`To: ${SHOPPER.email}`);
  await email.getByRole("button", { name: "Show message" }).click();
  await expect(email.frameLocator("iframe").getByText(TRACKING)).toBeVisible();
  await shopperContext.close();
});
