// The app's Prisma client refuses bulk writes that would touch every row by accident
// (a filter whose value is undefined, or none at all), before any SQL is sent.
import { describe, expect, it } from "vitest";
import { createCategory } from "../tests/factories/catalog.factory";
import { queryCount } from "../tests/support/query-counter";
import { db } from "./db";
import { Prisma } from "./generated/prisma/client";
import { UnscopedBulkWriteError } from "./prisma-factory";

const unknownId: string | undefined = undefined;

describe("bulk writes with an undefined or missing filter", () => {
  it("refuses deleteMany and updateMany, sends no SQL and leaves every row", async () => {
    await createCategory(db, { name: "Kept one" });
    await createCategory(db, { name: "Kept two" });
    const refusals = [
      () => db.category.deleteMany({ where: { id: unknownId } }),
      () => db.category.deleteMany({ where: { id: Prisma.skip } }),
      () => db.category.deleteMany(),
      () => db.category.deleteMany({ where: {} }),
      () => db.category.updateMany({ where: { id: unknownId }, data: { name: "Overwritten" } }),
      () => db.category.updateMany({ data: { name: "Overwritten" } }),
      () => db.category.updateManyAndReturn({ where: { slug: unknownId }, data: { name: "Overwritten" } }),
    ];
    for (const write of refusals) {
      expect(await queryCount(() => expect(write()).rejects.toThrow(UnscopedBulkWriteError))).toBe(0);
    }
    expect(
      (await db.category.findMany({ orderBy: { name: "asc" }, select: { name: true } })).map((row) => row.name),
    ).toEqual(["Kept one", "Kept two"]);
  });

  it("refuses inside a transaction too, and the transaction rolls back whole", async () => {
    const category = await createCategory(db, { name: "Kept" });
    const write = db.$transaction(async (tx) => {
      await tx.category.update({ where: { id: category.id }, data: { name: "Renamed" } });
      await tx.category.deleteMany({ where: { id: unknownId } });
    });
    await expect(write).rejects.toThrow(UnscopedBulkWriteError);
    expect(await db.category.findMany({ select: { name: true } })).toEqual([{ name: "Kept" }]);
  });

  it("runs scoped writes", async () => {
    const doomed = await createCategory(db, { name: "Doomed" });
    const kept = await createCategory(db, { name: "Kept" });
    expect(await db.category.deleteMany({ where: { id: doomed.id } })).toEqual({ count: 1 });
    expect(await db.category.updateMany({ where: { id: kept.id }, data: { name: "Renamed" } })).toEqual({ count: 1 });
    expect(await db.category.findMany({ select: { name: true } })).toEqual([{ name: "Renamed" }]);
  });
});
