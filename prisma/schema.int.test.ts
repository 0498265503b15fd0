// Guards on the schema as migrated: every foreign key is covered by an index whose leading
// columns are the key's columns, and the database itself refuses impossible data.
import { describe, expect, it } from "vitest";
import { db } from "../server/db";
import { createCategory, createProduct } from "../tests/factories/catalog.factory";

describe("migrated schema", () => {
  it("indexes every foreign key", async () => {
    const unindexed = await db.$queryRaw<{ constraint_name: string }[]>`
      SELECT c.conname::text AS constraint_name
      FROM pg_constraint c
      WHERE c.contype = 'f' AND c.connamespace = 'public'::regnamespace
        AND NOT EXISTS (
          SELECT 1 FROM pg_index i
          WHERE i.indrelid = c.conrelid
            AND (i.indkey::int2[])[0:array_length(c.conkey, 1) - 1] @> c.conkey
            AND (i.indkey::int2[])[0:array_length(c.conkey, 1) - 1] <@ c.conkey
        )`;
    expect(unindexed).toEqual([]);
  });

  it("refuses negative stock at the database level", async () => {
    const category = await createCategory(db);
    const product = await createProduct(db, category.id, { stock: 1 });
    await expect(db.product.update({ where: { id: product.id }, data: { stock: { decrement: 2 } } })).rejects.toThrow(
      /products_stock_non_negative/,
    );
    expect((await db.product.findUniqueOrThrow({ where: { id: product.id } })).stock).toBe(1);
  });
});
