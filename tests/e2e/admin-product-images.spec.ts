// The image manager on a product's edit page (/admin/products/[id]), in the production build
// against the real S3-protocol server: uploads go straight to the bucket and appear only once
// the server has checked them; a disguised file is refused with its reason; reorder; delete
// with a confirm step. Works on a product of its own, so seeded products stay as they are.
import sharp from "sharp";
import { ADMIN, expect, hydrated, signIn, test } from "./fixtures";

// The refused upload's confirm answers 422, which Chromium logs as a console error.
test.use({ expectedConsole: [/status of 422/] });

const png = (background: string) =>
  sharp({ create: { width: 400, height: 300, channels: 3, background } })
    .png()
    .toBuffer();

test("staff upload, reorder and delete a product's images; a disguised file is refused", async ({ page }) => {
  test.setTimeout(60_000);
  await signIn(page, ADMIN, "/admin/products/new");
  await expect(page).toHaveURL(/\/admin\/products\/new$/);
  // Sign-in ends in a full navigation: the form fills the slug from the name only once hydrated.
  await hydrated(page);
  await page.getByLabel("Name").fill("Harbour Enamel Jug");
  await expect(page.getByLabel("Slug")).toHaveValue("harbour-enamel-jug");
  await page.getByLabel("Description").fill("A one-litre enamel jug in harbour blue, for water, milk or flowers.");
  await page.getByLabel("Price (USD)").fill("28.00");
  await page.getByLabel("Category").selectOption({ label: "Kitchen" });
  await page.getByLabel("Stock").fill("12");
  await page.getByRole("button", { name: "Create product" }).click();
  await expect(page.getByRole("heading", { name: "Harbour Enamel Jug" })).toBeVisible();
  await expect(page).toHaveURL(/\/admin\/products\/[0-9a-f-]{36}$/);

  const images = page.getByRole("region", { name: "Images" });
  const file = images.locator('input[type="file"]');
  const alt = images.getByLabel("Description of the next image");
  await expect(images.getByText("No images yet")).toBeVisible();

  await alt.fill("Jug, side view");
  await file.setInputFiles({ name: "side.png", mimeType: "image/png", buffer: await png("#2f6f8f") });
  await expect(images.getByRole("img", { name: "Jug, side view" })).toBeVisible();
  await expect(images.getByText("400×300")).toBeVisible();

  // A 19-byte "PNG" (the signature and little else) is refused with a message, not silently.
  await file.setInputFiles({
    name: "tiny.png",
    mimeType: "image/png",
    buffer: Buffer.from("89504e470d0a1a0a0000000d49484452000000", "hex"),
  });
  await expect(images.getByRole("alert")).toHaveText("Choose a JPEG, PNG or WebP image of at most 5 MB.");

  // HTML named .png: the bucket stores it, the server's magic-byte check refuses it.
  await file.setInputFiles({
    name: "evil.png",
    mimeType: "image/png",
    buffer: Buffer.from(`<!doctype html><script>alert(1)</script>${" ".repeat(300)}`),
  });
  await expect(images.getByRole("alert")).toContainText("contents don’t match");
  // Over 5 MB: refused in the browser before anything is sent.
  await file.setInputFiles({ name: "huge.png", mimeType: "image/png", buffer: Buffer.alloc(5 * 1024 * 1024 + 1) });
  await expect(images.getByRole("alert")).toHaveText("Choose a JPEG, PNG or WebP image of at most 5 MB.");

  await alt.fill("Jug, from above");
  await file.setInputFiles({ name: "top.png", mimeType: "image/png", buffer: await png("#d9b26f") });
  await expect(images.getByRole("img", { name: "Jug, from above" })).toBeVisible();
  await expect(images.getByRole("alert")).toHaveCount(0);
  const tiles = images.getByRole("listitem");
  await expect(tiles).toHaveText([/Jug, side view/, /Jug, from above/]);

  await images.getByRole("button", { name: "Move image 2 (Jug, from above) earlier" }).click();
  await expect(tiles).toHaveText([/Main.*Jug, from above/, /Jug, side view/]);
  await images.getByRole("img", { name: "Jug, side view" }).evaluate((image: HTMLImageElement) => image.decode());
  await images.screenshot({ path: ".data/test-results/admin-product-images.png" });

  // Served from products/ keys only, as a raster type with nosniff and a sandbox CSP; no page
  // CSP or signed-in no-store from middleware replaces those headers.
  const src = (await images.getByRole("img", { name: "Jug, from above" }).getAttribute("src")) ?? "";
  const mediaPath = new URL(src, page.url()).searchParams.get("url") ?? src;
  expect(mediaPath).toMatch(/^\/media\/products\/[0-9a-f-]{36}\/[0-9a-f-]{36}\.png$/);
  const served = await page.request.get(mediaPath);
  expect(served.headers()).toMatchObject({
    "content-type": "image/png",
    "x-content-type-options": "nosniff",
    "content-security-policy": "default-src 'none'; sandbox",
    "cache-control": "public, max-age=31536000, immutable",
  });

  await images.getByRole("button", { name: "Delete image 2 (Jug, side view)" }).click();
  await images.getByRole("button", { name: "Keep" }).click();
  await expect(tiles).toHaveCount(2);
  await images.getByRole("button", { name: "Delete image 2 (Jug, side view)" }).click();
  await images.getByRole("button", { name: "Delete it" }).click();
  await expect(tiles).toHaveText([/Jug, from above/]);

  await page.goto("/products/harbour-enamel-jug");
  await expect(page.getByRole("main").getByRole("img", { name: "Jug, from above" }).first()).toBeVisible();
});
