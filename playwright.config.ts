import { defineConfig } from "@playwright/test";

const port = Number(process.env.E2E_PORT ?? 3100);

// Debian's Chromium (never a downloaded browser). Background-networking flags keep it from
// dialling out on this offline machine.
export const chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

export default defineConfig({
  testDir: "tests/e2e",
  outputDir: ".data/test-results/playwright-artifacts",
  fullyParallel: false,
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  // Journeys make dozens of navigations; on a busy two-core machine each can take seconds.
  timeout: 60_000,
  reporter: [["list"], ["json", { outputFile: ".data/test-results/playwright.json" }]],
  use: {
    baseURL: `http://localhost:${port}`,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: chromiumArgs },
  },
  projects: [{ name: "desktop", use: { viewport: { width: 1366, height: 900 } } }],
  webServer: {
    // The log's folder is made here too, so `npx playwright test` also works on a fresh clone.
    command: "mkdir -p .data/test-results && npx tsx scripts/e2e-server.ts > .data/test-results/e2e-server.log 2>&1",
    url: `http://localhost:${port}/api/health/ready`,
    reuseExistingServer: false,
    timeout: 120_000,
  },
});
