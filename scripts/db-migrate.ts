// Applies pending migrations (prisma migrate deploy) to DATABASE_URL or the embedded dev database.
import { migrateDatabase } from "./lib/prisma-cli";
import { withDevDatabase } from "./lib/dev-services";

await withDevDatabase((databaseUrl) => migrateDatabase(databaseUrl));
