// `next` values that resolve to another host once dot segments are resolved never leave the
// site: not from the sign-in page of a signed-in visitor, not after signing in with the form,
// not from the sign-up page, and the sign-up link keeps a good `next`.
import { openRedirectFamily } from "../support/open-redirects";
import { SHOPPER, expect, signIn, test } from "./fixtures";

const encodedFamily = openRedirectFamily.map((next) => `/login?next=${encodeURIComponent(next)}`);
// Also as typed raw into the address bar (the browser sends the percent-encoded dots as they are).
const rawFamily = ["/login?next=/%2e//evil.example", "/login?next=/a/%2e%2e//evil.example"];

test("a signed-in visit to /login or /signup with an off-site next stays on the site", async ({ page, baseURL }) => {
  // Two dozen navigations, each a server redirect.
  test.setTimeout(120_000);
  await signIn(page, SHOPPER);
  await expect(page).toHaveURL(/\/account$/);
  for (const url of [
    ...encodedFamily,
    ...rawFamily,
    ...encodedFamily.map((login) => login.replace("/login", "/signup")),
  ]) {
    await page.goto(url);
    expect(new URL(page.url()).origin, url).toBe(new URL(baseURL ?? "").origin);
    expect(new URL(page.url()).pathname, url).toBe("/account");
  }
});

test("signing in through the form with an off-site next lands on the account page", async ({ page, baseURL }) => {
  for (const next of ["/.//evil.example", "/%2e%2e//evil.example", "/a/..//evil.example"]) {
    await signIn(page, SHOPPER, next);
    await expect(page).toHaveURL(`${baseURL}/account`);
    // Leave the account page before dropping the session: its menu's own queries (unread support
    // messages), still on their way, would otherwise go without cookies and be answered 401.
    await page.goto("about:blank");
    await page.context().clearCookies();
  }
});

test("the sign-up and forgot-password links keep where the shopper was going", async ({ page }) => {
  await page.goto("/login?next=%2Fcheckout");
  await expect(page.getByRole("main").getByRole("link", { name: "Create an account" })).toHaveAttribute(
    "href",
    "/signup?next=%2Fcheckout",
  );
  await expect(page.getByRole("main").getByRole("link", { name: "Forgot your password?" })).toHaveAttribute(
    "href",
    "/forgot-password?next=%2Fcheckout",
  );
  await page.getByRole("main").getByRole("link", { name: "Create an account" }).click();
  await expect(page.getByRole("main").getByRole("link", { name: "Sign in" })).toHaveAttribute(
    "href",
    "/login?next=%2Fcheckout",
  );
});
