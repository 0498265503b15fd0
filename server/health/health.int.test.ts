import { describe, expect, it } from "vitest";
import { readiness } from "./health.service";
import { db } from "../db";

describe("readiness", () => {
  it("is ready with PostgreSQL, every migration and Redis", async () => {
    const result = await readiness();
    expect(result).toEqual({ ready: true, checks: { database: { status: "ok" }, migrations: { status: "ok" }, redis: { status: "ok" } } });
  });

  it("names the migrations the database lacks", async () => {
    const [latest] = await db.$queryRaw<{ id: string; migration_name: string }[]>`
      SELECT id, migration_name FROM _prisma_migrations ORDER BY migration_name DESC LIMIT 1`;
    await db.$executeRaw`UPDATE _prisma_migrations SET rolled_back_at = now() WHERE id = ${latest?.id}`;
    try {
      const result = await readiness();
      expect(result.ready).toBe(false);
      expect(result.checks.migrations).toEqual({ status: "fail", detail: `not applied: ${latest?.migration_name}` });
    } finally {
      await db.$executeRaw`UPDATE _prisma_migrations SET rolled_back_at = NULL WHERE id = ${latest?.id}`;
    }
  });
});
