// Builds a Prisma client on the pg driver adapter. The app uses it once (server/db.ts);
// scripts and tests use it for their own databases.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/prisma/client";

export function createPrismaClient(connectionString: string, options: { maxConnections?: number; queryEvents?: boolean } = {}) {
  const adapter = new PrismaPg({ connectionString, max: options.maxConnections ?? 10 });
  // Query events let tests count the statements a procedure sends (tests/support/query-counter.ts).
  return new PrismaClient({ adapter, ...(options.queryEvents ? { log: [{ emit: "event" as const, level: "query" as const }] } : {}) });
}

export type Db = ReturnType<typeof createPrismaClient>;
export type DbTransaction = Parameters<Parameters<Db["$transaction"]>[0]>[0];
// Either the client or an open transaction: for code that runs in both (factories, seed).
export type DbExecutor = Db | DbTransaction;
