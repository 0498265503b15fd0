"use client";
import { OptimizedImage } from "@/app/_components/optimized-image";
import Link from "next/link";
import { LocalTime } from "@/app/_components/local-time";
import { Price } from "@/app/_components/price";
import { Badge } from "@/app/_components/ui/badge";
import type { TableSpec } from "@/app/_components/ui/data-table";
import { adminProductSearchHref } from "@/app/admin/_lib/product-search";
import { useTRPC } from "@/app/_trpc/react";
import { PagedTable } from "../shell/paged-table";
import type { AdminProductRow, ListAdminProductsInput } from "@/server/catalog/product-admin.schema";

function StatusPill({ product }: { product: AdminProductRow }) {
  if (product.deletedAt) return <Badge tone="danger">Deleted</Badge>;
  return product.active ? <Badge tone="success">Active</Badge> : <Badge tone="neutral">Inactive</Badge>;
}

const table: TableSpec<AdminProductRow> = {
  caption: "Products",
  empty: { title: "No products match", hint: "Change the filters, or create a product." },
  columns: [
    {
      header: "Product",
      cell: (product) => (
        <div className="flex items-center gap-3">
          <div className="relative size-10 shrink-0 overflow-hidden rounded-lg bg-stone-100 ring-1 ring-stone-900/5">
            {product.thumbnailUrl && (
              <OptimizedImage src={product.thumbnailUrl} alt="" fill sizes="40px" className="object-cover" />
            )}
          </div>
          <div className="min-w-0">
            <Link href={`/admin/products/${product.id}`} className="font-medium text-ink hover:text-brand-700">
              {product.name}
            </Link>
            <p className="truncate text-xs text-stone-500">{product.slug}</p>
          </div>
        </div>
      ),
    },
    { header: "Category", cell: (product) => product.category.name, className: "text-stone-700" },
    { header: "Price", align: "right", cell: (product) => <Price price={product.price} /> },
    {
      header: "Stock",
      align: "right",
      cell: (product) => (
        <span className={product.stock <= 5 ? "font-semibold text-amber-700" : "text-stone-700"}>{product.stock}</span>
      ),
      className: "tabular-nums",
    },
    { header: "Status", cell: (product) => <StatusPill product={product} /> },
    { header: "Updated", cell: (product) => <LocalTime date={product.updatedAt} />, className: "text-stone-600" },
  ],
};

export function AdminProductTable({ input }: { input: ListAdminProductsInput }) {
  const trpc = useTRPC();
  return (
    <PagedTable
      {...table}
      query={trpc.admin.products.list.queryOptions(input)}
      hrefFor={(page) => adminProductSearchHref(input, { page: String(page) })}
    />
  );
}
