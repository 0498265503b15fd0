// A transaction on the pool commits all or nothing, ends for good, and reads rows exactly as
// Prisma's `$queryRaw` does, so a raw-SQL repo behaves the same in either kind of transaction.
import { afterEach, describe, expect, it } from "vitest";
import { createCategory } from "../tests/factories/catalog.factory";
import { db } from "./db";
import { Prisma } from "./generated/prisma/client";
import { transactionOnPool, type SqlTransaction } from "./pool-transaction";
import { poolStats } from "./prisma-factory";

const categoryNamed = (name: string) => db.category.findFirst({ where: { name }, select: { name: true } });
const addCategory = (tx: SqlTransaction, name: string) =>
  tx.$executeRaw`INSERT INTO categories (id, slug, name, "updatedAt") VALUES (gen_random_uuid(), ${name.toLowerCase()}, ${name}, now())`;

describe("transactionOnPool", () => {
  it("commits what the work did and returns its result", async () => {
    const result = await transactionOnPool(db, async (tx) => {
      await addCategory(tx, "Committed");
      return "done";
    });
    expect(result).toBe("done");
    expect(await categoryNamed("Committed")).toEqual({ name: "Committed" });
  });

  it("rolls back every statement when the work throws, and gives the connection back", async () => {
    const connectionsBefore = poolStats(db)?.total;
    const failure = transactionOnPool(db, async (tx) => {
      await addCategory(tx, "Rolled back");
      throw new Error("refused half-way");
    });
    await expect(failure).rejects.toThrow("refused half-way");
    expect(await categoryNamed("Rolled back")).toBeNull();
    expect(poolStats(db)).toMatchObject({ total: connectionsBefore, waiting: 0 });
    expect(await transactionOnPool(db, (tx) => tx.$queryRaw<{ one: number }[]>`SELECT 1 AS one`)).toEqual([{ one: 1 }]);
  });

  it("rolls back when a statement fails, and the database's error reaches the caller", async () => {
    const failure = transactionOnPool(db, async (tx) => {
      await addCategory(tx, "Before the failure");
      await tx.$queryRaw`SELECT ${"not-a-uuid"}::uuid`;
    });
    await expect(failure).rejects.toMatchObject({ code: "22P02" });
    expect(await categoryNamed("Before the failure")).toBeNull();
  });

  it("refuses a statement sent after the transaction ended", async () => {
    const leaked = await transactionOnPool(db, async (tx) => tx);
    await expect(leaked.$queryRaw`SELECT 1`).rejects.toThrow("already ended");
  });

  it("counts the rows a statement changed, as $executeRaw does", async () => {
    await createCategory(db, { name: "One" });
    await createCategory(db, { name: "Two" });
    const reorder = (tx: SqlTransaction) =>
      tx.$executeRaw`UPDATE categories SET "sortOrder" = "sortOrder" + 1 WHERE name IN ('One', 'Two')`;
    const onPool = await transactionOnPool(db, reorder);
    const onPrisma = await db.$transaction(reorder);
    expect([onPool, onPrisma]).toEqual([2, 2]);
  });
});

describe("rows read in a transaction on the pool", () => {
  const zone = process.env.TZ;
  afterEach(() => {
    if (zone === undefined) delete process.env.TZ;
    else process.env.TZ = zone;
  });

  // Every kind of value checkout's statements read or write, with a date passed in.
  const everyKind = (at: Date) => Prisma.sql`
    SELECT 7::int AS int4, 9007199254740993::int8 AS int8, true AS bool, NULL::text AS nothing,
      'b2c1c3e2-7c1a-4f5e-9d1e-0c3f3a0c9a11'::uuid AS uuid, '{"orderId":"a","n":[1,2]}'::jsonb AS jsonb,
      '{"x":1}'::json AS json, ${at}::timestamp(3) AS "timestamp", ${at}::timestamptz AS timestamptz,
      'PENDING_PAYMENT'::"OrderStatus" AS status`;

  it.each(["UTC", "America/Sao_Paulo"])("equal Prisma's $queryRaw, with the server in %s", async (timeZone) => {
    process.env.TZ = timeZone;
    const at = new Date("2026-03-08T02:30:00.123Z");
    const onPool = await transactionOnPool(db, (tx) => tx.$queryRaw(everyKind(at)));
    const onPrisma = await db.$transaction((tx) => tx.$queryRaw(everyKind(at)));
    expect(onPool).toEqual(onPrisma);
    expect(onPool).toEqual([
      expect.objectContaining({ int8: 9007199254740993n, timestamp: at, timestamptz: at, nothing: null }),
    ]);
  });
});
