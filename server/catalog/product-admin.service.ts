// Staff catalog management. Every change runs in one transaction with its audit entry, and
// retires cached catalog reads once committed.
import "server-only";
import { announceStock } from "./stock-live";
import { db, type DbTransaction } from "../db";
import { recordAudit, type AdminActor } from "../audit/audit.service";
import { DomainError } from "../lib/errors";
import { mediaUrl } from "../lib/media-url";
import { catalogChanged } from "./catalog-cache";
import * as productAdminRepo from "./product-admin.repo";
import * as stockRepo from "./stock.repo";
import {
  MAX_STOCK,
  type AdjustStockInput,
  type AdminProduct,
  type CreateProductInput,
  type ListAdminProductsInput,
  type UpdateProductInput,
} from "./product-admin.schema";

function toAdminProduct(record: productAdminRepo.AdminProductRecord): AdminProduct {
  const thumbnail = record.images[0];
  return {
    id: record.id,
    slug: record.slug,
    name: record.name,
    description: record.description,
    price: { amountCents: record.priceCents, currency: record.currency },
    stock: record.stock,
    active: record.active,
    featured: record.featured,
    deletedAt: record.deletedAt,
    category: record.category,
    thumbnailUrl: thumbnail ? mediaUrl(thumbnail.storageKey) : null,
    updatedAt: record.updatedAt,
  };
}

// The audited view of a product: the fields staff can change, nothing derived.
function auditView(record: productAdminRepo.AdminProductRecord) {
  return {
    slug: record.slug,
    name: record.name,
    description: record.description,
    priceCents: record.priceCents,
    categoryId: record.categoryId,
    featured: record.featured,
    active: record.active,
    stock: record.stock,
    deletedAt: record.deletedAt?.toISOString() ?? null,
  };
}

export async function listProducts(input: ListAdminProductsInput) {
  const { rows, total } = await productAdminRepo.listAdminProducts(input);
  return { items: rows.map(toAdminProduct), total, page: input.page, pageSize: input.pageSize };
}

export async function getProduct(id: string): Promise<AdminProduct> {
  const record = await productAdminRepo.findAdminProduct(id);
  if (!record) throw new DomainError("PRODUCT_NOT_FOUND", "No such product");
  return toAdminProduct(record);
}

export async function createProduct(actor: AdminActor, input: CreateProductInput): Promise<AdminProduct> {
  const created = await db.$transaction(async (tx) => {
    const product = await productAdminRepo.insertProduct(tx, input);
    await recordAudit(tx, actor, {
      action: "product.create",
      entityType: "product",
      entityId: product.id,
      after: auditView(product),
    });
    return product;
  });
  await catalogChanged();
  return toAdminProduct(created);
}

type Change = (
  tx: DbTransaction,
  before: productAdminRepo.AdminProductRecord,
) => Promise<productAdminRepo.AdminProductRecord>;

// Lock, change, audit (before and after), commit, retire the cache.
async function changeProduct(
  actor: AdminActor,
  id: string,
  action: string,
  change: Change,
  extra: Record<string, string> = {},
) {
  const updated = await db.$transaction(async (tx) => {
    const before = await productAdminRepo.lockProduct(tx, id);
    const after = await change(tx, before);
    await recordAudit(tx, actor, {
      action,
      entityType: "product",
      entityId: id,
      before: auditView(before),
      after: { ...auditView(after), ...extra },
    });
    return after;
  });
  await catalogChanged();
  return toAdminProduct(updated);
}

export function updateProduct(actor: AdminActor, input: UpdateProductInput) {
  return changeProduct(actor, input.id, "product.update", (tx, before) => {
    if (before.deletedAt) throw new DomainError("PRODUCT_DELETED", "Restore the product before editing it");
    return productAdminRepo.updateProductFields(tx, input.id, input.data);
  });
}

export function setProductActive(actor: AdminActor, id: string, active: boolean) {
  return changeProduct(actor, id, active ? "product.activate" : "product.deactivate", (tx, before) => {
    if (before.deletedAt) throw new DomainError("PRODUCT_DELETED", "Restore the product before changing it");
    return productAdminRepo.updateProductFields(tx, id, { active });
  });
}

// Soft delete: placed orders keep referring to the product; shoppers no longer see it.
export function deleteProduct(actor: AdminActor, id: string) {
  return changeProduct(actor, id, "product.delete", (tx, before) =>
    productAdminRepo.setDeletedAt(tx, id, before.deletedAt ?? new Date()),
  );
}

export function restoreProduct(actor: AdminActor, id: string) {
  return changeProduct(actor, id, "product.restore", (tx) => productAdminRepo.setDeletedAt(tx, id, null));
}

export async function adjustStock(actor: AdminActor, input: AdjustStockInput) {
  let version = 0;
  const adjusted = await changeProduct(
    actor,
    input.id,
    "product.adjustStock",
    async (tx, before) => {
      const added = await stockRepo.addStock(tx, input.id, input.delta);
      if (added === null && before.stock + input.delta < 0) {
        throw new DomainError("STOCK_WOULD_GO_NEGATIVE", `Only ${before.stock} in stock; it cannot go below zero`);
      }
      if (added === null) {
        throw new DomainError(
          "STOCK_LIMIT_EXCEEDED",
          `Stock can be at most ${MAX_STOCK.toLocaleString("en-US")}; there are ${before.stock} now`,
          { max: MAX_STOCK },
        );
      }
      version = added.version;
      return { ...before, stock: added.stock };
    },
    { reason: input.reason, delta: String(input.delta) },
  );
  await announceStock([{ productId: adjusted.id, stock: adjusted.stock, version }]);
  return adjusted;
}
