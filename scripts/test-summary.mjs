// Prints one closing line over every runner's JSON report: "Tests: N passed, N failed".
import { existsSync, readFileSync } from "node:fs";

const read = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : null);
let passed = 0;
let failed = 0;
let skipped = 0;

for (const report of [".data/test-results/vitest.json", ".data/test-results/ops.json"]) {
  const vitest = read(report);
  if (vitest) {
    passed += vitest.numPassedTests;
    failed += vitest.numFailedTests;
    skipped += vitest.numPendingTests + vitest.numTodoTests;
  } else failed += 1;
}

const playwright = read(".data/test-results/playwright.json");
if (playwright) {
  passed += playwright.stats.expected;
  failed += playwright.stats.unexpected + playwright.stats.flaky;
  skipped += playwright.stats.skipped;
} else failed += 1;

const canary = read(".data/test-results/log-canary.json");
if (canary?.passed) passed += 1;
else failed += 1;

console.log(`\nTests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
