// Every change to schema.prisma comes with a migration: `npm run db:migration` moves the
// snapshot forward when it writes one, so a schema edited without a migration fails here.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const withoutHeader = (text: string) =>
  text
    .split("\n")
    .filter((line) => !line.startsWith("// Snapshot of schema.prisma"))
    .join("\n");

describe("prisma schema", () => {
  it("has a migration for its current state", () => {
    const schema = readFileSync("prisma/schema.prisma", "utf8");
    const snapshot = readFileSync("prisma/last-migrated-schema.prisma", "utf8");
    expect(withoutHeader(snapshot)).toBe(schema);
  });
});
