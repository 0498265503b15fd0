import { once } from "node:events";
import { afterEach, describe, expect, it } from "vitest";
import { GET } from "../../app/api/health/ready/route";
import { db } from "../db";
import { beginDrain, setWarmingUp } from "../lib/lifecycle";
import { redis } from "../redis";
import { readiness } from "./health.service";

const allOk = { database: "ok", migrations: "ok", redis: "ok" };

afterEach(async () => {
  if (redis!.status === "end") await redis!.connect();
});

describe("readiness", () => {
  it("is ready with PostgreSQL, every migration and Redis", async () => {
    expect(await readiness()).toEqual({ status: "ready", checks: allOk });
    expect((await GET()).status).toBe(200);
  });

  it("fails the migrations check when the database lacks one, without naming it", async () => {
    const [latest] = await db.$queryRaw<{ id: string; migration_name: string }[]>`
      SELECT id, migration_name FROM _prisma_migrations ORDER BY migration_name DESC LIMIT 1`;
    await db.$executeRaw`UPDATE _prisma_migrations SET rolled_back_at = now() WHERE id = ${latest?.id}`;
    try {
      const response = await GET();
      expect(response.status).toBe(503);
      const body = await response.text();
      expect(JSON.parse(body)).toEqual({ status: "unavailable", checks: { ...allOk, migrations: "fail" } });
      expect(body).not.toContain(latest?.migration_name ?? "?");
    } finally {
      await db.$executeRaw`UPDATE _prisma_migrations SET rolled_back_at = NULL WHERE id = ${latest?.id}`;
    }
  });

  it("names a failed database check only: no host, port or driver text in the answer", async () => {
    const leak =
      "Can't reach database server at `db.internal.example:5432` (P1001) at PrismaClient.connect (/app/node_modules/x.js:1:1)";
    const result = await readiness({
      database: () => Promise.reject(new Error(leak)),
      migrations: () => Promise.reject(new Error(leak)),
      redis: null,
    });
    expect(result).toEqual({
      status: "unavailable",
      checks: { database: "fail", migrations: "fail", redis: "skipped" },
    });
    expect(JSON.stringify(result)).not.toMatch(/db\.internal|5432|P1001|node_modules|Prisma/);
  });

  it("stays ready with Redis down (degraded): the shop serves without it", async () => {
    const ended = once(redis!, "end");
    redis!.disconnect();
    await ended;
    const response = await GET();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "degraded", checks: { ...allOk, redis: "degraded" } });
  });

  it("answers 503 warming while the production server warms its routes, then 200", async () => {
    setWarmingUp(true);
    try {
      const response = await GET();
      expect(response.status).toBe(503);
      expect(await response.json()).toMatchObject({ status: "warming" });
    } finally {
      setWarmingUp(false);
    }
    expect((await GET()).status).toBe(200);
  });

  it("answers 503 draining once shutdown has begun", async () => {
    beginDrain();
    try {
      const response = await GET();
      expect(response.status).toBe(503);
      expect(await response.json()).toMatchObject({ status: "draining" });
    } finally {
      (globalThis as unknown as { shopfrontLifecycle: { draining: boolean } }).shopfrontLifecycle.draining = false;
    }
  });
});
