// The staff journey in the production build, against the real S3-protocol server: an admin
// creates a product and uploads its image straight to the bucket, a shopper finds it in search
// and buys it, the admin ships the order, the shopper gets the shipping email, and the audit
// log shows each staff step.
import sharp from "sharp";
import { ADMIN, SHOPPER, expect, hydrated, signIn, test } from "./fixtures";

const NAME = "Seaglass Bedside Lamp";

test("admin creates a product with an image → shopper searches and buys → admin ships → email → audit", async ({
  page,
  browser,
  baseURL,
  openMailbox,
}) => {
  test.setTimeout(90_000);
  await signIn(page, ADMIN, "/admin/products/new");
  await expect(page.getByRole("heading", { name: "New product" })).toBeVisible();
  await hydrated(page);
  await page.getByLabel("Name").fill(NAME);
  await expect(page.getByLabel("Slug")).toHaveValue("seaglass-bedside-lamp");
  await page.getByLabel("Description").fill("Frosted sea-green glass on a brass base; a soft light for reading.");
  await page.getByLabel("Price (USD)").fill("64.00");
  await page.getByLabel("Category").selectOption({ label: "Lighting" });
  await page.getByLabel("Stock").fill("5");
  await page.getByRole("button", { name: "Create product" }).click();
  await expect(page.getByRole("heading", { name: NAME })).toBeVisible();

  const png = await sharp({ create: { width: 320, height: 320, channels: 3, background: "#7fb8a4" } })
    .png()
    .toBuffer();
  await page.getByLabel("Description of the next image").fill("Sea-green glass lamp, lit");
  await page.locator('input[type="file"]').setInputFiles({ name: "lamp.png", mimeType: "image/png", buffer: png });
  const images = page.getByRole("region", { name: "Images" });
  await expect(images.getByRole("img", { name: "Sea-green glass lamp, lit" })).toBeVisible();
  await expect(images.getByText("320×320")).toBeVisible();
  // The object itself, fetched signed in: served as a raster with its own sandbox CSP and
  // cache policy, which the page middleware must not replace.
  const optimised = new URL(
    (await images.getByRole("img", { name: "Sea-green glass lamp, lit" }).getAttribute("src")) ?? "",
    baseURL,
  );
  const mediaPath = optimised.searchParams.get("url") ?? optimised.pathname;
  expect(mediaPath).toMatch(/^\/media\/products\//);
  const served = await page.request.get(mediaPath);
  expect(served.headers()).toMatchObject({
    "content-type": "image/png",
    "x-content-type-options": "nosniff",
    "content-security-policy": "default-src 'none'; sandbox",
    "cache-control": "public, max-age=31536000, immutable",
  });

  const shopperContext = await browser.newContext({ baseURL });
  const shopper = await shopperContext.newPage();
  await signIn(shopper, SHOPPER);
  await expect(shopper).toHaveURL(/\/account$/);
  await shopper.goto("/search?q=seaglass");
  await hydrated(shopper);
  const result = shopper.getByRole("main").getByRole("listitem").filter({ hasText: NAME });
  await expect(result).toHaveCount(1);
  await expect(result.getByRole("img", { name: "Sea-green glass lamp, lit" })).toBeVisible();
  await result.getByRole("link").first().click();
  await expect(shopper.getByRole("heading", { name: NAME, level: 1 })).toBeVisible();
  await hydrated(shopper);
  await shopper.getByRole("button", { name: "Add to cart" }).click();
  await expect(shopper.getByRole("link", { name: "Cart, 1 item" })).toBeVisible();
  await shopper.goto("/checkout");
  await hydrated(shopper);
  await shopper.getByLabel("Country").selectOption("GB");
  await shopper.getByLabel("Street address").fill("7 Lighthouse Road");
  await shopper.getByLabel("City").fill("Falmouth");
  await shopper.getByLabel("Postcode").fill("TR11 4AA");
  await shopper.getByRole("button", { name: "Place order" }).click();
  const number =
    ((await shopper.getByRole("heading", { name: /Pay for order/ }).textContent()) ?? "").match(/SF-\w+/)?.[0] ?? "";
  expect(number).not.toBe("");
  await shopper.getByRole("button", { name: /^Pay / }).click();
  await expect(shopper.getByRole("heading", { name: "Thank you for your order" })).toBeVisible();

  await page.goto(`/admin/orders?customer=${encodeURIComponent(SHOPPER.email)}`);
  await page.getByRole("link", { name: number }).click();
  await expect(page.getByRole("heading", { name: `Order ${number}` })).toBeVisible();
  await page.getByRole("button", { name: "Start packing" }).click();
  await expect(page.getByTestId("order-status")).toHaveText("Being packed");
  await page.getByLabel("Note (optional)").fill("Tracking number 1Z999AA10123456784");
  await page.getByRole("button", { name: "Mark shipped" }).click();
  await expect(page.getByTestId("order-status")).toHaveText("Shipped");

  const mailbox = await openMailbox();
  const email = mailbox.getByRole("listitem").filter({ hasText: `Order ${number} is on its way` });
  await expect(async () => {
    await mailbox.getByRole("button", { name: "Refresh" }).click();
    await expect(email).toHaveCount(1, { timeout: 1000 });
  }).toPass({ timeout: 20_000 });
  await expect(email).toContainText(`To: ${SHOPPER.email}`);
  await shopperContext.close();

  await page.goto(`/admin/audit?actor=${encodeURIComponent(ADMIN.email)}`);
  const log = page.getByRole("table", { name: "Audit log" });
  for (const action of ["product.create", "image.requestUpload", "image.add"])
    await expect(log.getByRole("cell", { name: action, exact: true })).toHaveCount(1);
  await expect(log.getByRole("cell", { name: "order.transition", exact: true })).toHaveCount(2);
});
