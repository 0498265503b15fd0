// Shared Playwright fixtures: any console error, page error or CSP violation fails the test,
// and `signIn` logs in through the real form.
import { test as base, expect, type Page } from "@playwright/test";

export const SHOPPER = { email: "shopper@shopfront.test", password: "window-shopping-tuesday-7" };
export const ADMIN = { email: "admin@shopfront.test", password: "staff-only-paperclip-42" };

// Chromium itself logs every 4xx/5xx response as a console error. A test that provokes one on
// purpose names it in `expectedConsole`; anything else still fails the test.
// Captured mail is staff-only in a production build (MAIL_VIEWER_ENABLED=true on the e2e
// server): `openMailbox()` signs staff in, in a browser context of its own (the test's session
// is left alone), and returns /dev/mail.
type Fixtures = { consoleProblems: string[]; expectedConsole: RegExp[]; openMailbox: () => Promise<Page> };

export const test = base.extend<Fixtures>({
  expectedConsole: [[], { option: true }],
  // Every page.goto to an HTML page resolves only once React has hydrated it.
  page: async ({ page }, use) => {
    const goto = page.goto.bind(page);
    page.goto = async (...args) => {
      const response = await goto(...args);
      if (response?.headers()["content-type"]?.includes("text/html")) await hydrated(page);
      return response;
    };
    await use(page);
  },
  openMailbox: async ({ browser, baseURL }, use) => {
    const context = await browser.newContext({ baseURL });
    await use(async () => {
      const mailbox = context.pages()[0] ?? (await context.newPage());
      if (!mailbox.url().includes("/dev/mail")) {
        await signIn(mailbox, ADMIN);
        await expect(mailbox).toHaveURL(/\/account$/);
      }
      await mailbox.goto("/dev/mail");
      await hydrated(mailbox);
      return mailbox;
    });
    await context.close();
  },
  consoleProblems: [
    async ({ page, expectedConsole }, use) => {
      const problems: string[] = [];
      // A CSP violation fails the test even when the page caught the error (zod's eval probe).
      await page.addInitScript(() => {
        document.addEventListener("securitypolicyviolation", (event) => {
          console.error(
            `CSP violation: ${event.effectiveDirective} blocked ${event.blockedURI || "inline"} at ${event.sourceFile}:${event.lineNumber}`,
          );
        });
      });
      page.on("console", (message) => {
        if (message.type() !== "error" && message.type() !== "warning") return;
        if (expectedConsole.some((pattern) => pattern.test(message.text()))) return;
        problems.push(`${message.type()}: ${message.text()}`);
      });
      page.on("pageerror", (error) => problems.push(`pageerror: ${error.message}`));
      await use(problems);
      expect(problems, "console errors, warnings or CSP violations").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

// Waits until React has hydrated the current document (see app/_components/hydration-marker.tsx).
export async function hydrated(page: Page): Promise<void> {
  await page.locator("html[data-hydrated]").waitFor({ state: "attached" });
}

export async function signIn(page: Page, account: { email: string; password: string }, next?: string) {
  await page.goto(next ? `/login?next=${encodeURIComponent(next)}` : "/login");
  await hydrated(page);
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

// A seeded product with plenty of stock that no other spec counts on.
export const WATER_BOTTLE = { slug: "insulated-water-bottle", name: "Insulated Water Bottle 750 ml" };

export async function addToCart(page: Page, product: { slug: string; name: string }) {
  await page.goto(`/products/${product.slug}`);
  await hydrated(page);
  await page.getByRole("button", { name: "Add to cart" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Added to your cart" })).toBeVisible();
}

// Removes every line of the signed-in (or guest) cart through the cart page.
export async function emptyCart(page: Page) {
  await page.goto("/cart");
  await hydrated(page);
  const remove = page.getByRole("main").getByRole("button", { name: /^Remove/ });
  while ((await remove.count()) > 0) {
    const before = await remove.count();
    await remove.first().click();
    await expect(remove).toHaveCount(before - 1);
  }
}

// Checks out what is in the cart and answers the new order's id, from the payment page it lands on.
export async function placeOrder(page: Page): Promise<string> {
  await page.goto("/checkout");
  await hydrated(page);
  await page.getByLabel("Country").selectOption("PT");
  await page.getByLabel("Street address").fill("4 Rua da Madalena");
  await page.getByLabel("City").fill("Lisbon");
  await page.getByLabel("Postal code").fill("1100-148");
  await page.getByRole("button", { name: "Place order" }).click();
  await expect(page.getByRole("heading", { name: /Pay for order/ })).toBeVisible();
  return new URL(page.url()).pathname.replace("/checkout/pay/", "");
}

// Pays on the test payment page; the shopper lands on the thank-you page.
export async function payOrder(page: Page, orderId: string) {
  await page.goto(`/checkout/pay/${orderId}`);
  await hydrated(page);
  await page.getByRole("button", { name: /^Pay / }).click();
  await expect(page.getByRole("heading", { name: "Thank you for your order" })).toBeVisible();
}
