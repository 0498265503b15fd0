#!/bin/sh
# Stands in for Prisma 7's schema-engine binary, which the CLI downloads before `generate`
# although generating the client never runs it, and which cannot be downloaded offline.
# Migrations use the Prisma 6.19 CLI instead (scripts/lib/prisma-cli.ts, decision 047).
echo "Prisma 7's schema engine is not installed here: run migrations with npm run db:migrate (see README, Changing the database schema)." >&2
exit 1
