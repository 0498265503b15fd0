import { ADMIN, SHOPPER, expect, hydrated, signIn, test } from "./fixtures";

test("signed-out visitors are sent to sign in, and come back after", async ({ page }) => {
  await page.goto("/account");
  await expect(page).toHaveURL(/\/login\?next=%2Faccount/);
  await page.getByLabel("Email").fill(SHOPPER.email);
  await page.getByLabel("Password").fill(SHOPPER.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByText(SHOPPER.email)).toBeVisible();
});

test.describe("wrong password", () => {
  test.use({ expectedConsole: [/status of 401/] });

  test("shows an error and signs nobody in", async ({ page }) => {
    await signIn(page, { email: SHOPPER.email, password: "definitely-wrong-password" });
    await expect(page.getByRole("alert").filter({ hasText: /incorrect/i })).toBeVisible();
    await page.goto("/account");
    await expect(page).toHaveURL(/\/login/);
  });
});

test("an off-site next parameter is ignored after sign-in", async ({ page }) => {
  await signIn(page, SHOPPER, "//evil.example/steal");
  await expect(page).toHaveURL(/localhost:\d+\/account$/);
});

test("shoppers are refused from /admin", async ({ page }) => {
  await signIn(page, SHOPPER);
  await expect(page).toHaveURL(/\/account$/);
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/forbidden$/);
  await expect(page.getByText(/don.t have access/i)).toBeVisible();
});

test("admins reach the staff dashboard, then sign out", async ({ page }) => {
  await signIn(page, ADMIN, "/admin");
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.getByRole("heading", { name: "Staff dashboard" })).toBeVisible();
  // The script sign-out (the no-script form post has its own test below). Pressed before
  // hydration, the form posts natively and the page, hydrating meanwhile, asks for the account
  // menu's counts with cookies the post already cleared: a stray 401 in the console.
  await hydrated(page);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/login\?next=%2Fadmin/);
});

test("a password submitted before JavaScript runs never lands in a URL", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, javaScriptEnabled: false });
  const page = await context.newPage();
  for (const path of ["/login", "/signup"]) {
    await page.goto(path);
    await page.getByLabel("Password").fill("hunter2-not-in-any-url");
    await page.getByLabel("Password").press("Enter");
    await page.waitForLoadState();
    expect(page.url()).not.toContain("hunter2");
  }
  await context.close();
});

test("signing out works even before JavaScript runs", async ({ page, browser, baseURL }) => {
  await signIn(page, ADMIN, "/admin");
  await expect(page.getByRole("heading", { name: "Staff dashboard" })).toBeVisible();
  const context = await browser.newContext({
    baseURL,
    javaScriptEnabled: false,
    storageState: await page.context().storageState(),
  });
  const noScript = await context.newPage();
  await noScript.goto("/admin");
  await noScript.getByRole("button", { name: "Sign out" }).click();
  await expect(noScript).toHaveURL(`${baseURL}/`);
  await noScript.goto("/admin");
  await expect(noScript).toHaveURL(/\/login\?next=%2Fadmin/);
  await context.close();
});

test.describe("disabled account", () => {
  test.use({ expectedConsole: [/status of 40[13]/] });

  test("is told it is disabled only after the right password", async ({ page, browser, baseURL }) => {
    test.setTimeout(90_000);
    const email = `e2e-disabled-${Date.now()}@shopfront.test`;
    const password = "e2e-quiet-lantern-password-31";
    await page.goto("/signup");
    await page.getByLabel("Name").fill("Dee Disabled");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(password);
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page.getByRole("heading", { name: "Check your inbox" })).toBeVisible();

    // Staff disable the account once the worker has created it.
    const staff = await browser.newContext({ baseURL });
    const admin = await staff.newPage();
    await signIn(admin, ADMIN, `/admin/customers?q=${encodeURIComponent(email)}`);
    await expect(admin).toHaveURL(/\/admin\/customers\?q=/, { timeout: 15_000 });
    const customer = admin.getByRole("link", { name: "Dee Disabled" });
    await expect(async () => {
      await admin.reload();
      await expect(customer).toBeVisible({ timeout: 1000 });
    }).toPass({ timeout: 20_000 });
    await customer.click();
    await admin.getByRole("button", { name: "Disable account" }).click();
    await admin.getByRole("button", { name: "Confirm" }).click();
    await expect(admin.getByRole("button", { name: "Enable account" })).toBeVisible();
    await staff.close();

    await signIn(page, { email, password: "not-the-right-password" });
    await expect(
      page.getByRole("alert").filter({ hasText: "That email and password combination is incorrect." }),
    ).toBeVisible();
    await page.getByLabel("Password").fill(password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(
      page
        .getByRole("alert")
        .filter({ hasText: "This account has been disabled. Contact the shop if you think this is a mistake." }),
    ).toBeVisible({ timeout: 15_000 });
    await page.goto("/account");
    await expect(page).toHaveURL(/\/login/);
  });
});
