// The image's one-shot `migrate` target (Dockerfile): applies pending Prisma migrations and
// the job queue's schema to DATABASE_URL, then exits. Needs only production dependencies
// (the Prisma CLI, tsx, pg), unlike `npm run db:migrate`, which can start a development
// database.
import { migrateDatabase } from "../scripts/lib/prisma-cli";

const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) {
  console.error("DATABASE_URL is not set: nothing to migrate.");
  process.exit(1);
}
await migrateDatabase(databaseUrl);
