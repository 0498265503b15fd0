// Fixtures for the specs that walk every page (responsive.spec.ts, accessibility.spec.ts): the
// shopper and the staff member sign in once, place an order each, and every test reuses those
// cookies through `storageState`, so walking every page stays quick and far from the sign-in
// rate limit. `role` picks who visits; `visitRoute` opens a route of app-routes.ts as them.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Browser, BrowserContextOptions, Page, PlaywrightWorkerArgs } from "@playwright/test";
import type { AppRoute, Role, RouteData } from "./app-routes";
import {
  ADMIN,
  SHOPPER,
  WATER_BOTTLE,
  addToCart,
  emptyCart,
  expect,
  hydrated,
  payOrder,
  placeOrder,
  signIn,
  test as base,
} from "./fixtures";

type SignedInRole = Exclude<Role, "visitor">;
type StorageState = Exclude<BrowserContextOptions["storageState"], string | undefined>;
type Session = { state: StorageState; renewedAt: number };
type Seeded = { data: RouteData; sessions: Record<SignedInRole, Session> };

// Access tokens live 10 minutes; a stored sign-in older than this is renewed before it is handed out.
const RENEW_AFTER_MS = 4 * 60_000;

async function renew(
  playwright: PlaywrightWorkerArgs["playwright"],
  baseURL: string,
  session: Session,
): Promise<boolean> {
  const request = await playwright.request.newContext({ baseURL, storageState: session.state });
  try {
    const response = await request.post("/api/auth/refresh", { headers: { origin: baseURL } });
    if (!response.ok()) return false;
    session.state = await request.storageState();
    session.renewedAt = Date.now();
    return true;
  } finally {
    await request.dispose();
  }
}

async function linkId(page: Page, url: string, link: RegExp): Promise<string> {
  await page.goto(url);
  const href = await page.getByRole("main").locator("a").filter({ hasText: link }).first().getAttribute("href");
  const id = href?.split("/").at(-1);
  if (!id) throw new Error(`no link matching ${link} on ${url}`);
  return id;
}

async function signInAndOrder(browser: Browser, baseURL: string, account: typeof SHOPPER) {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await signIn(page, account);
  await expect(page).toHaveURL(/\/account$/, { timeout: 30_000 });
  await addToCart(page, WATER_BOTTLE);
  return { context, page, orderId: await placeOrder(page) };
}

// A question from the shopper, so both sides' conversation pages have one to show.
async function openSupportConversation(page: Page): Promise<string> {
  await page.goto("/account/support");
  await hydrated(page);
  await page.getByLabel("Your question").fill("Does the water bottle keep drinks cold?");
  await page.getByRole("button", { name: "Send question" }).click();
  await expect(page).toHaveURL(/\/account\/support\/[0-9a-f-]{36}$/, { timeout: 30_000 });
  return page.url().split("/").at(-1) as string;
}

// The shopper's order stays unpaid (its payment page has something to pay); the staff member's
// is paid, so their order page shows a longer history and /dev/mail has an email.
async function seed(browser: Browser, baseURL: string): Promise<Seeded> {
  const shopper = await signInAndOrder(browser, baseURL, SHOPPER);
  const staff = await signInAndOrder(browser, baseURL, ADMIN);
  await payOrder(staff.page, staff.orderId);
  const data: RouteData = {
    orderIds: { shopper: shopper.orderId, staff: staff.orderId },
    adminProductId: await linkId(
      staff.page,
      `/admin/products?q=${encodeURIComponent(WATER_BOTTLE.name)}`,
      /Water Bottle/,
    ),
    shopperCustomerId: await linkId(
      staff.page,
      `/admin/customers?q=${encodeURIComponent(SHOPPER.email)}`,
      /Sam Shopper/,
    ),
    supportConversationId: await openSupportConversation(shopper.page),
  };
  const now = Date.now();
  const seeded = {
    data,
    sessions: {
      shopper: { state: await shopper.context.storageState(), renewedAt: now },
      staff: { state: await staff.context.storageState(), renewedAt: now },
    },
  };
  await shopper.context.close();
  await staff.context.close();
  return seeded;
}

export const test = base.extend<
  { role: Role; visitRoute: (route: AppRoute) => Promise<void> },
  { seeded: Seeded & { save: () => void } }
>({
  role: ["visitor", { option: true }],
  seeded: [
    async ({ browser, playwright }, use, workerInfo) => {
      const baseURL = String(workerInfo.project.use.baseURL);
      // Kept in the run's output folder, which Playwright empties when a run starts: a worker
      // restarted after a failed test takes over the same sign-ins and orders.
      const file = path.join(workerInfo.project.outputDir, "route-sessions.json");
      let seeded: Seeded | null = existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as Seeded) : null;
      if (
        seeded &&
        !(
          (await renew(playwright, baseURL, seeded.sessions.shopper)) &&
          (await renew(playwright, baseURL, seeded.sessions.staff))
        )
      )
        seeded = null;
      seeded ??= await seed(browser, baseURL);
      const save = () => writeFileSync(file, JSON.stringify(seeded));
      save();
      await use(Object.assign(seeded, { save }));
    },
    { scope: "worker", timeout: 120_000 },
  ],
  storageState: async ({ role, seeded, playwright, baseURL }, use) => {
    if (role === "visitor") return use({ cookies: [], origins: [] });
    const session = seeded.sessions[role];
    if (Date.now() - session.renewedAt > RENEW_AFTER_MS) {
      expect(await renew(playwright, String(baseURL), session), `renewing the ${role}'s session`).toBe(true);
      seeded.save();
    }
    await use(session.state);
  },
  // Fills the cart first when the route asks for it, and empties it afterwards (other specs
  // count the shopper's cart). The page must answer as the route table says: 404 to the roles
  // it hides from, success (after any redirect) to everyone else. The role's cookies are kept
  // in case the page renewed the session.
  visitRoute: async ({ page, role, seeded }, use) => {
    let filledCart = false;
    await use(async (route) => {
      if (route.withCart) {
        await addToCart(page, WATER_BOTTLE);
        filledCart = true;
      }
      const response = await page.goto(route.path(seeded.data, role));
      await hydrated(page);
      const status = response?.status() ?? 0;
      if (route.notFoundFor?.includes(role)) expect(status, `${page.url()} as ${role}`).toBe(404);
      else expect(status, `${page.url()} as ${role}`).toBeLessThan(400);
    });
    if (filledCart) await emptyCart(page);
    if (role !== "visitor") {
      seeded.sessions[role].state = await page.context().storageState();
      seeded.save();
    }
  },
});

export { expect };
