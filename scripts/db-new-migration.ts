// Creates a migration offline: diff the existing migrations against schema.prisma and
// write the SQL to prisma/migrations/<timestamp>_<name>/migration.sql.
// Usage: npm run db:migration -- <name>   (uses the embedded dev database unless DATABASE_URL is set)
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { runPrisma } from "./lib/prisma-cli";
import { withDevDatabase } from "./lib/dev-services";

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("usage: npm run db:migration -- <snake_case_name>");
  process.exit(1);
}

await withDevDatabase(async (databaseUrl) => {
  const sql = runPrisma(
    ["migrate", "diff", "--from-migrations", "prisma/migrations", "--to-schema-datamodel", "prisma/schema.prisma", "--script"],
    databaseUrl,
    true,
  );
  if (!/\b(CREATE|ALTER|DROP)\b/.test(sql)) {
    console.log("schema.prisma matches the migrations: nothing to write");
    return;
  }
  const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
  const dir = path.join("prisma", "migrations", `${stamp}_${name}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, "migration.sql"), sql);
  console.log(`wrote ${dir}/migration.sql (review it, add hand-written SQL such as CHECKs, then apply with npm run db:migrate)`);
});
