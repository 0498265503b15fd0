// Who is offered the review form on a product page: buyers only (the shopping journey covers a
// buyer); everyone else is told why there is none.
import { SHOPPER, expect, signIn, test } from "./fixtures";

const PEN = { slug: "brass-fountain-pen", path: "/products/brass-fountain-pen" };

test("a signed-out visitor is asked to sign in, a shopper who has not bought it is told why", async ({ page }) => {
  await page.goto(PEN.path);
  const reviews = page.getByRole("region", { name: "Reviews" });
  await expect(reviews.getByRole("link", { name: "Sign in to review" })).toHaveAttribute(
    "href",
    `/login?next=${encodeURIComponent(PEN.path)}`,
  );
  await expect(reviews.getByRole("button", { name: "Post review" })).toHaveCount(0);

  await signIn(page, SHOPPER, PEN.path);
  await expect(page).toHaveURL(new RegExp(`${PEN.path}$`), { timeout: 15_000 });
  await expect(reviews.getByText("Only customers who bought this can review it.")).toBeVisible();
  await expect(reviews.getByRole("button", { name: "Post review" })).toHaveCount(0);
  await expect(reviews.getByLabel("Your review")).toHaveCount(0);
});
