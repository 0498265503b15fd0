import "server-only";
import { db, type DbTransaction } from "../db";
import type { Prisma } from "../generated/prisma/client";
import { DomainError } from "../lib/errors";
import { literalLikePattern } from "../lib/like-pattern";
import { refusePrismaErrors } from "../repo-errors";
import { LOW_STOCK_THRESHOLD } from "./stock-status";
import type { ListAdminProductsInput, ProductFields } from "./product-admin.schema";

export const adminProductSelect = {
  id: true,
  slug: true,
  name: true,
  description: true,
  priceCents: true,
  currency: true,
  stock: true,
  active: true,
  featured: true,
  deletedAt: true,
  updatedAt: true,
  categoryId: true,
  category: { select: { id: true, name: true } },
  images: {
    where: { status: "READY" },
    orderBy: [{ position: "asc" }, { id: "asc" }],
    take: 1,
    select: { storageKey: true },
  },
} satisfies Prisma.ProductSelect;

export type AdminProductRecord = Prisma.ProductGetPayload<{ select: typeof adminProductSelect }>;

const orderBy: Record<ListAdminProductsInput["sort"], Prisma.ProductOrderByWithRelationInput[]> = {
  newest: [{ createdAt: "desc" }, { id: "desc" }],
  name: [{ name: "asc" }, { id: "asc" }],
  price_asc: [{ priceCents: "asc" }, { id: "asc" }],
  price_desc: [{ priceCents: "desc" }, { id: "asc" }],
  stock_asc: [{ stock: "asc" }, { id: "asc" }],
};

function whereOf(input: ListAdminProductsInput): Prisma.ProductWhereInput {
  const status: Prisma.ProductWhereInput =
    input.status === "deleted"
      ? { deletedAt: { not: null } }
      : { deletedAt: null, ...(input.status ? { active: input.status === "active" } : {}) };
  return {
    ...status,
    ...(input.q
      ? {
          OR: [
            { name: { contains: literalLikePattern(input.q), mode: "insensitive" } },
            { slug: { contains: literalLikePattern(input.q.toLowerCase()) } },
          ],
        }
      : {}),
    ...(input.categoryId ? { categoryId: input.categoryId } : {}),
    ...(input.lowStock ? { stock: { lte: LOW_STOCK_THRESHOLD } } : {}),
  };
}

export async function listAdminProducts(input: ListAdminProductsInput) {
  const where = whereOf(input);
  const [rows, total] = await Promise.all([
    db.product.findMany({
      where,
      orderBy: orderBy[input.sort],
      skip: (input.page - 1) * input.pageSize,
      take: input.pageSize,
      select: adminProductSelect,
    }),
    db.product.count({ where }),
  ]);
  return { rows, total };
}

export function findAdminProduct(id: string, tx: DbTransaction | typeof db = db) {
  return tx.product.findUnique({ where: { id }, select: adminProductSelect });
}

// Locks the row for the rest of the transaction, so the audit's "before" is what the change replaced.
export async function lockProduct(tx: DbTransaction, id: string): Promise<AdminProductRecord> {
  await tx.$executeRaw`SELECT 1 FROM products WHERE id = ${id}::uuid FOR UPDATE`;
  const product = await findAdminProduct(id, tx);
  if (!product) throw new DomainError(...productNotFound);
  return product;
}

const productNotFound = ["PRODUCT_NOT_FOUND", "No such product"] as const;
const refuseWriteErrors = refusePrismaErrors({
  P2002: ["SLUG_TAKEN", "Another product already uses this slug"],
  P2003: ["CATEGORY_NOT_FOUND", "No such category"],
  P2025: productNotFound,
});

export function insertProduct(tx: DbTransaction, data: ProductFields & { stock: number }) {
  return tx.product
    .create({
      data: {
        slug: data.slug,
        name: data.name,
        description: data.description,
        priceCents: data.priceCents,
        stock: data.stock,
        featured: data.featured,
        active: data.active,
        categoryId: data.categoryId,
      },
      select: adminProductSelect,
    })
    .catch(refuseWriteErrors);
}

// Field by field: only what staff may set, never a spread of the input.
export function updateProductFields(tx: DbTransaction, id: string, data: Partial<ProductFields>) {
  return tx.product
    .update({
      where: { id },
      data: {
        ...(data.slug !== undefined ? { slug: data.slug } : {}),
        ...(data.name !== undefined ? { name: data.name } : {}),
        ...(data.description !== undefined ? { description: data.description } : {}),
        ...(data.priceCents !== undefined ? { priceCents: data.priceCents } : {}),
        ...(data.categoryId !== undefined ? { categoryId: data.categoryId } : {}),
        ...(data.featured !== undefined ? { featured: data.featured } : {}),
        ...(data.active !== undefined ? { active: data.active } : {}),
      },
      select: adminProductSelect,
    })
    .catch(refuseWriteErrors);
}

export function setDeletedAt(tx: DbTransaction, id: string, deletedAt: Date | null) {
  return tx.product
    .update({ where: { id }, data: { deletedAt }, select: adminProductSelect })
    .catch(refusePrismaErrors({ P2025: productNotFound }));
}

export type ImportedFields = Omit<ProductFields, "slug"> & { stock: number };

export async function categoryIdsBySlug(tx: DbTransaction): Promise<Map<string, string>> {
  return new Map(
    (await tx.category.findMany({ select: { id: true, slug: true } })).map((category) => [category.slug, category.id]),
  );
}

export function findImportTarget(tx: DbTransaction, slug: string) {
  return tx.product.findUnique({
    where: { slug },
    select: {
      id: true,
      name: true,
      description: true,
      priceCents: true,
      stock: true,
      categoryId: true,
      active: true,
      featured: true,
      deletedAt: true,
    },
  });
}

// Importing a deleted product's slug brings it back.
export function overwriteImportedProduct(tx: DbTransaction, id: string, fields: ImportedFields) {
  return tx.product.update({
    where: { id },
    data: {
      name: fields.name,
      description: fields.description,
      priceCents: fields.priceCents,
      stock: fields.stock,
      categoryId: fields.categoryId,
      active: fields.active,
      featured: fields.featured,
      deletedAt: null,
    },
    select: { id: true },
  });
}

export function insertImportedProduct(tx: DbTransaction, slug: string, fields: ImportedFields) {
  return insertProduct(tx, { slug, ...fields });
}

export function productExportPage(afterId: string | undefined, take: number) {
  return db.product.findMany({
    where: { deletedAt: null, ...(afterId ? { id: { gt: afterId } } : {}) },
    orderBy: { id: "asc" },
    take,
    select: {
      id: true,
      slug: true,
      name: true,
      description: true,
      priceCents: true,
      stock: true,
      active: true,
      featured: true,
      category: { select: { slug: true } },
    },
  });
}
