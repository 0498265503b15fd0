// Prisma 6.19 CLI configuration, for migrations only (scripts/lib/prisma-cli.ts). Prisma 7's
// migrate needs a schema-engine binary from the internet; 6.19 runs offline through its
// WebAssembly schema engine (engine: "js") and our pg driver adapter (decisions 001, 047).
import path from "node:path";
import { defineConfig } from "prisma-migrate-cli/config";
import { createCliAdapter } from "./scripts/lib/prisma-cli-adapter";
import { schemaFileForMigrateCli } from "./scripts/lib/prisma-migrate-schema";

export default defineConfig({
  schema: schemaFileForMigrateCli(path.join("prisma", "schema.prisma")),
  migrations: { path: path.join("prisma", "migrations") },
  engine: "js",
  experimental: { adapter: true },
  adapter: async () => createCliAdapter(requireDatabaseUrl()),
});

function requireDatabaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set (scripts/db.ts sets it for the embedded database)");
  return url;
}
