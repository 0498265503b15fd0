// Staff open the jobs area. Jobs in this run succeed (the worker drains them within seconds),
// so the list may hold a job or be empty; nothing here ever dead-letters.
import { ADMIN, expect, signIn, test } from "./fixtures";

test("admins see the job queue by state", async ({ page }) => {
  await signIn(page, ADMIN, "/admin/jobs");
  await expect(page).toHaveURL(/\/admin\/jobs$/);
  await expect(page.getByRole("heading", { name: "Jobs" })).toBeVisible();
  await expect(
    page.getByRole("navigation", { name: "Staff dashboard" }).getByRole("link", { name: "Jobs" }),
  ).toHaveAttribute("aria-current", "page");
  await expect(page.getByRole("table", { name: "Jobs" }).or(page.getByText("No jobs in the queue"))).toBeVisible();

  await page
    .getByRole("navigation", { name: "Job states" })
    .getByRole("link", { name: /Dead-lettered/ })
    .click();
  await expect(page).toHaveURL(/\/admin\/jobs\?state=dead$/);
  await expect(page.getByText("No dead-lettered jobs")).toBeVisible();
  await expect(page.getByRole("link", { name: /Dead-lettered\s*0/ })).toHaveAttribute("aria-current", "page");

  await page.getByLabel("Task").selectOption("send-email");
  await expect(page).toHaveURL(/\/admin\/jobs\?state=dead&task=send-email$/);
  await expect(page.getByText("No dead-lettered jobs")).toBeVisible();
});
