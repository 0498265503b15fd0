// Support chat between a shopper and staff, each in a browser of their own: the question reaches
// the inbox, staff typing and the answer reach the shopper without a reload, and each side sees
// "Seen" once the other has read its message.
import type { Page } from "@playwright/test";
import { ADMIN, SHOPPER, expect, hydrated, signIn, test } from "./fixtures";

// A document that is still the same one later has not been reloaded.
async function markDocument(page: Page): Promise<void> {
  await page.evaluate(() => Object.assign(window, { sameDocument: true }));
}
const stillSameDocument = (page: Page) => page.evaluate(() => "sameDocument" in window);
const messages = (page: Page) => page.getByRole("region", { name: "Messages" });

test("a shopper and staff chat: inbox, typing, a live answer and Seen on both sides", async ({ page, browser }) => {
  test.setTimeout(120_000);
  const subject = `Strap colours ${crypto.randomUUID().slice(0, 8)}`;
  await signIn(page, SHOPPER);
  await expect(page).toHaveURL(/\/account$/, { timeout: 15_000 });
  await page.goto("/account/support");
  await page.getByLabel("Subject (optional)").fill(subject);
  await page.getByLabel("Your question").fill("Does the water bottle come with a blue strap?");
  await page.getByRole("button", { name: "Send question" }).click();
  await expect(page).toHaveURL(/\/account\/support\/[0-9a-f-]{36}$/, { timeout: 15_000 });
  await hydrated(page);
  await expect(page.getByRole("heading", { name: subject })).toBeVisible();
  await expect(messages(page).getByText("Does the water bottle come with a blue strap?")).toBeVisible();
  await expect(messages(page).getByText("Seen")).toHaveCount(0);
  await markDocument(page);

  const staffContext = await browser.newContext();
  const staff = await staffContext.newPage();
  await signIn(staff, ADMIN, "/admin/support");
  await expect(staff.getByRole("heading", { name: "Support" })).toBeVisible({ timeout: 15_000 });
  await staff.getByRole("link", { name: subject }).click();
  await expect(staff.getByRole("heading", { name: subject })).toBeVisible();
  await hydrated(staff);
  await markDocument(staff);

  // Staff opened it: the shopper's question is read.
  await expect(messages(page).getByText("Seen")).toBeVisible({ timeout: 10_000 });

  await staff.getByLabel("Your message").fill("Yes: blue, green and sand.");
  await expect(page.getByText("The shop is typing…")).toBeVisible({ timeout: 10_000 });

  await staff.getByLabel("Your message").press("Enter");
  await expect(messages(staff).getByText("Yes: blue, green and sand.")).toBeVisible();
  await expect(messages(page).getByText("Yes: blue, green and sand.")).toBeVisible({ timeout: 10_000 });
  await expect(page.getByText("The shop is typing…")).toHaveCount(0);

  // The shopper's open page read the answer: staff see "Seen" under it.
  const staffReply = messages(staff).getByRole("listitem").filter({ hasText: "Yes: blue, green and sand." });
  await expect(staffReply.getByText("Seen")).toBeVisible({ timeout: 10_000 });

  expect(await stillSameDocument(page)).toBe(true);
  expect(await stillSameDocument(staff)).toBe(true);

  // Staff have the dashboard open: the shop shows as online.
  await page.reload();
  await expect(page.getByText("We’re online now")).toBeVisible({ timeout: 10_000 });
  await staffContext.close();
});
