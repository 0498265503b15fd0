// Staff import products from spreadsheet files: a file the import cannot read is refused with
// the line to fix, shown in the page; a semicolon file with a decimal comma imports.
import { ADMIN, expect, signIn, test } from "./fixtures";

// The refused upload answers 422, which Chromium logs.
test.use({ expectedConsole: [/status of 422/] });

const HEADER = "slug;name;description;price;stock;category;active;featured";

test("staff see why a CSV file is refused, by line, and import a semicolon file", async ({ page }) => {
  await signIn(page, ADMIN, "/admin/products");
  await expect(page.getByRole("heading", { name: "Products", level: 1 })).toBeVisible();
  const file = page.getByLabel("Import CSV");

  const unclosed = [HEADER, "oak-tray;Oak Tray;;18,00;3;kitchen;;", 'pine-tray;"Pine Tray;;12,00;3;kitchen;;'].join(
    "\r\n",
  );
  await file.setInputFiles({ name: "trays.csv", mimeType: "text/csv", buffer: Buffer.from(unclosed) });
  const problem = page.getByRole("alert").filter({ hasText: "Nothing was imported" });
  await expect(problem).toContainText("Nothing was imported: 1 problem to fix.");
  await expect(problem.getByRole("listitem")).toHaveText([
    'Line 3: A quote (") opened on this line is never closed. Close it, or remove it if it is part of the text.',
  ]);

  const fixed = [
    HEADER,
    "oak-tray;Oak Tray;;18,00;3;kitchen;;",
    'pine-tray;"Pine Tray, 15"" wide";;12,00;3;kitchen;;',
  ].join("\r\n");
  await file.setInputFiles({ name: "trays.csv", mimeType: "text/csv", buffer: Buffer.from(fixed) });
  await expect(page.getByRole("status").filter({ hasText: "Imported" })).toHaveText(
    "Imported 2 rows: 2 created, 0 updated.",
  );
  await expect(page.getByRole("table").getByText('Pine Tray, 15" wide')).toBeVisible();
});
