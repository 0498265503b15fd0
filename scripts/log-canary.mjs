// Log canary: after the end-to-end run, searches everything the production server logged
// for secrets that must never be logged: the passwords the suite typed, session tokens,
// cookies, password hashes and the signing key. Writes its verdict for the test summary.
import { existsSync, readFileSync, writeFileSync } from "node:fs";

const logFile = ".data/test-results/e2e-server.log";
const canaries = [
  ["a seeded password", /staff-only-paperclip-42|window-shopping-tuesday-7/],
  ["a password typed by the e2e suite", /e2e-[a-z-]*password[a-z0-9-]*/i],
  ["the signing key", /e2e-only-auth-secret/],
  ["a JWT", /eyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}/],
  ["an auth cookie value", /sf_(access|refresh)=[A-Za-z0-9_.-]{16,}/],
  ["an argon2 hash", /\$argon2id\$/],
  ["a reset or verification token URL", /(reset-password|verify-email)\?token=[A-Za-z0-9_-]{20,}/],
];

if (!existsSync(logFile)) {
  console.error(`log canary: ${logFile} is missing (did the e2e server run?)`);
  process.exit(1);
}
const lines = readFileSync(logFile, "utf8").split("\n");
const findings = [];
for (const [index, line] of lines.entries()) {
  for (const [label, pattern] of canaries) if (pattern.test(line)) findings.push(`line ${index + 1}: ${label}`);
}
const jsonLines = lines.filter((line) => line.startsWith("{")).length;
const passed = findings.length === 0 && jsonLines > 0;
writeFileSync(
  ".data/test-results/log-canary.json",
  JSON.stringify({ passed, lines: lines.length, jsonLines, findings }),
);
if (jsonLines === 0) console.error("log canary: the server wrote no JSON log lines, so nothing was checked");
for (const finding of findings) console.error(`log canary: ${finding}`);
console.log(`log canary: ${lines.length} lines (${jsonLines} JSON) scanned, ${findings.length} secrets found`);
process.exit(passed ? 0 : 1);
