// Accounts end to end in the production build: sign-up → verify by the captured email link →
// sign in → sessions → sign out everywhere; and a forgotten password reset by email.
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

const PASSWORD = "e2e-lantern-harbour-password-19";
const NEW_PASSWORD = "e2e-copper-meadow-password-42";

// Reads the link from captured mail as staff (openMailbox), then follows it in the test's page.
async function openMailLink(page: Page, openMailbox: () => Promise<Page>, to: string, path: string) {
  const mailbox = await openMailbox();
  const message = mailbox
    .getByRole("listitem")
    .filter({ hasText: `To: ${to}` })
    .first();
  await expect(async () => {
    await mailbox.getByRole("button", { name: "Refresh" }).click();
    await expect(message.locator(`a[href*="${path}"]`)).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 20_000 });
  const href = await message.locator(`a[href*="${path}"]`).first().getAttribute("href");
  await page.goto(href ?? "");
}

async function signInAs(page: Page, email: string, password: string) {
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/account$/);
}

test("sign up, confirm by email, sign in, see sessions, sign out everywhere", async ({
  page,
  browser,
  baseURL,
  openMailbox,
}) => {
  const email = `e2e-${Date.now()}@shopfront.test`;
  await page.goto("/login");
  await page.getByRole("main").getByRole("link", { name: "Create an account" }).click();
  await expect(page.getByRole("heading", { name: "Create an account" })).toBeVisible();
  await page.getByLabel("Name").fill("Eve Tester");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("heading", { name: "Check your inbox" })).toBeVisible();

  await openMailLink(page, openMailbox, email, "/verify-email");
  await page.getByRole("button", { name: "Confirm my email" }).click();
  await expect(page.getByRole("heading", { name: "Your email is confirmed" })).toBeVisible();

  await signInAs(page, email, PASSWORD);
  await expect(page.getByText("Confirmed", { exact: true })).toBeVisible();

  const otherDevice = await browser.newContext({ baseURL });
  const otherPage = await otherDevice.newPage();
  await signInAs(otherPage, email, PASSWORD);

  await page.reload();
  const sessions = page.getByRole("region", { name: "Active sessions" }).getByRole("listitem");
  await expect(sessions).toHaveCount(2);
  await expect(sessions.filter({ hasText: "This device" })).toHaveCount(1);

  await page.getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(page).toHaveURL(`${baseURL}/`);
  await page.goto("/account");
  await expect(page).toHaveURL(/\/login/);
  // The other device's session was revoked on the server: its refresh token is dead.
  const refresh = await otherPage.request.post("/api/auth/refresh", { headers: { origin: baseURL ?? "" } });
  expect(refresh.status()).toBe(401);
  await otherDevice.close();
});

test.describe("password reset", () => {
  test("forgot password → email → new password → sign in with it", async ({ page, openMailbox }) => {
    const email = `e2e-reset-${Date.now()}@shopfront.test`;
    await page.goto("/signup");
    await page.getByLabel("Name").fill("Rita Reset");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page.getByRole("heading", { name: "Check your inbox" })).toBeVisible();
    await openMailLink(page, openMailbox, email, "/verify-email");

    await page.goto("/login");
    await page.getByRole("main").getByRole("link", { name: "Forgot your password?" }).click();
    await expect(page.getByRole("heading", { name: "Forgot your password?" })).toBeVisible();
    await page.getByLabel("Email").fill(email);
    await page.getByRole("button", { name: "Send reset link" }).click();
    await expect(page.getByText("If an account exists for that email, we sent a link")).toBeVisible();

    await openMailLink(page, openMailbox, email, "/reset-password");
    await page.getByLabel("New password").fill(NEW_PASSWORD);
    await page.getByRole("button", { name: "Set new password" }).click();
    await expect(page.getByRole("heading", { name: "Password changed" })).toBeVisible();

    await signInAs(page, email, NEW_PASSWORD);
  });
});
