// The migrating CLI (Prisma 6.19) reads a copy of the schema with the datasource url that
// Prisma 7, which generates the app's client, rejects (decision 047).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { schemaFileForMigrateCli, withDatasourceUrl } from "../../scripts/lib/prisma-migrate-schema";

const schema = readFileSync("prisma/schema.prisma", "utf8");

describe("the schema copy for the migrating CLI", () => {
  it("adds the url inside the datasource block and changes nothing else", () => {
    const copy = withDatasourceUrl(schema);
    expect(schema).not.toMatch(/^\s*url\s*=/m);
    expect(copy).toMatch(/^datasource db \{\n {2}url = env\("DATABASE_URL"\)\n/m);
    expect(copy.replace('\n  url = env("DATABASE_URL")', "")).toBe(schema);
  });

  it("refuses a schema without the datasource block instead of writing one the CLI rejects", () => {
    expect(() => withDatasourceUrl('generator client {\n  provider = "prisma-client"\n}\n')).toThrow(/datasource db/);
  });

  it("writes the copy to a file named by its content", () => {
    const first = schemaFileForMigrateCli("prisma/schema.prisma");
    expect(schemaFileForMigrateCli("prisma/schema.prisma")).toBe(first);
    expect(readFileSync(first, "utf8")).toBe(withDatasourceUrl(schema));
  });
});
