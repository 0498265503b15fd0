// Prisma CLI configuration. The CLI runs fully offline through the WebAssembly schema
// engine (engine: "js") and our pg driver adapter; see scripts/lib/prisma-cli-adapter.ts.
import path from "node:path";
import { defineConfig } from "prisma/config";
import { createCliAdapter } from "./scripts/lib/prisma-cli-adapter";

export default defineConfig({
  schema: path.join("prisma", "schema.prisma"),
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
