// Captured mail holds password-reset links. In the production build (MAIL_VIEWER_ENABLED=true
// on the e2e server) only staff may read it: the page and its procedure are 404 to anyone else.
import { SHOPPER, expect, signIn, test } from "./fixtures";

const listUrl = "/api/trpc/devMail.list?input=%7B%7D";

test.use({ expectedConsole: [/status of 404/] });

test("anonymous visitors and shoppers get a 404 for the mail viewer and its procedure", async ({ page, request }) => {
  expect((await request.get("/dev/mail")).status()).toBe(404);
  expect((await request.get(listUrl)).status()).toBe(404);

  await signIn(page, SHOPPER);
  await expect(page).toHaveURL(/\/account$/);
  expect((await page.goto("/dev/mail"))?.status()).toBe(404);
  expect((await page.request.get(listUrl)).status()).toBe(404);
});

test("staff read captured mail", async ({ openMailbox }) => {
  const mailbox = await openMailbox();
  await expect(mailbox.getByRole("heading", { name: "Captured mail" })).toBeVisible();
});
