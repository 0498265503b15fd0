import "server-only";
import { db } from "../db";
import { visibleProduct } from "./catalog.repo";

// Only what a sitemap entry needs, for every product a shopper can open.
export function listVisibleProductPages() {
  return db.product.findMany({
    where: visibleProduct,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { slug: true, updatedAt: true },
  });
}

export function listCategoryPages() {
  return db.category.findMany({
    orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
    select: { slug: true, updatedAt: true },
  });
}
