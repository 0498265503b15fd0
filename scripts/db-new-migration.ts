// Creates a migration offline: the SQL difference between prisma/last-migrated-schema.prisma
// (the schema as of the newest migration) and prisma/schema.prisma, written to
// prisma/migrations/<timestamp>_<name>/migration.sql; the snapshot then moves forward.
// Two datamodels, not --from-migrations: the offline schema engine panics introspecting a
// shadow database that has CHECK constraints. (It still wants a connection: the dev database.)
// Usage: npm run db:migration -- <name>
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { runPrisma } from "./lib/prisma-cli";
import { schemaFileForMigrateCli } from "./lib/prisma-migrate-schema";
import { withDevDatabase } from "./lib/dev-services";

const SNAPSHOT = "prisma/last-migrated-schema.prisma";
const SCHEMA = "prisma/schema.prisma";

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("usage: npm run db:migration -- <snake_case_name>");
  process.exit(1);
}

let sql = "";
await withDevDatabase(async (databaseUrl) => {
  sql = runPrisma(
    [
      "migrate",
      "diff",
      "--from-schema-datamodel",
      schemaFileForMigrateCli(SNAPSHOT),
      "--to-schema-datamodel",
      schemaFileForMigrateCli(SCHEMA),
      "--script",
    ],
    databaseUrl,
    true,
  );
});
if (!/\b(CREATE|ALTER|DROP)\b/.test(sql)) {
  console.log("schema.prisma matches the last migration: nothing to write");
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const dir = path.join("prisma", "migrations", `${stamp}_${name}`);
mkdirSync(dir, { recursive: true });
writeFileSync(path.join(dir, "migration.sql"), sql);
const header =
  "// Snapshot of schema.prisma as of the newest migration; `npm run db:migration` diffs against it and moves it forward. Do not edit.\n";
writeFileSync(SNAPSHOT, header + readFileSync(SCHEMA, "utf8"));
console.log(`wrote ${dir}/migration.sql; review it, add hand-written SQL (CHECKs, triggers), then npm run db:migrate`);
