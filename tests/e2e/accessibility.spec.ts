// axe-core on every page, as the role the page is for, on a desktop and on a phone. Any
// violation fails (every rule axe runs by default, best practices included).
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { test as plainTest } from "./fixtures";
import { APP_ROUTES, unlistedPages } from "./app-routes";
import { expect, test } from "./route-fixtures";

const WIDTHS = [1366, 390];

plainTest("every page.tsx is in the route table", () => {
  expect(unlistedPages(), "list new pages in tests/e2e/app-routes.ts").toEqual({ missing: [], stale: [] });
});

// One line per violation and element, so a failure says what to fix and where.
async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.flatMap((violation) =>
    violation.nodes.map(
      (node) =>
        `${violation.id} (${violation.impact}): ${violation.help} at ${node.target.join(" ")}\n    ${node.failureSummary?.replace(/\n/g, "\n    ")}`,
    ),
  );
}

for (const [pattern, route] of Object.entries(APP_ROUTES)) {
  test.describe(pattern, () => {
    // Generous: axe over a long page twice (the dashboard's tables), on a busy machine.
    test.describe.configure({ timeout: 90_000 });
    test.use({ role: route.audience });
    test(`${pattern} as ${route.audience} has no axe violations at ${WIDTHS.join(" and ")} px`, async ({
      page,
      visitRoute,
    }) => {
      await page.setViewportSize({ width: WIDTHS[0] ?? 1366, height: 900 });
      await visitRoute(route);
      const found: string[] = [];
      for (const width of WIDTHS) {
        await page.setViewportSize({ width, height: 900 });
        await page.evaluate(
          () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
        );
        found.push(...(await violations(page)).map((line) => `${width} px: ${line}`));
      }
      expect(found, page.url()).toEqual([]);
    });
  });
}
