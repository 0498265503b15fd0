// Prisma 7 CLI configuration, used for `prisma generate` only. Migrations go through the
// Prisma 6.19 CLI and prisma-migrate.config.ts (decision 047).
import path from "node:path";
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
});
