"use client";
import { useSuspenseQuery } from "@tanstack/react-query";
import Image from "next/image";
import Link from "next/link";
import { adminProductSearchHref } from "@/app/admin/_lib/product-search";
import { useTRPC } from "@/app/_trpc/react";
import type { AdminProductRow, ListAdminProductsInput } from "@/server/catalog/product-admin.schema";
import { AdminPager } from "@/app/_components/ui/pager";
import { AdminTable, AdminTableEmpty } from "@/app/_components/ui/data-table";
import { LocalTime } from "@/app/_components/local-time";
import { Price } from "@/app/_components/price";
import { Badge } from "@/app/_components/ui/badge";

function StatusPill({ product }: { product: AdminProductRow }) {
  if (product.deletedAt) return <Badge tone="danger">Deleted</Badge>;
  return product.active ? <Badge tone="success">Active</Badge> : <Badge tone="neutral">Inactive</Badge>;
}

export function AdminProductTable({ input }: { input: ListAdminProductsInput }) {
  const trpc = useTRPC();
  const { data } = useSuspenseQuery(trpc.admin.products.list.queryOptions(input));

  if (data.items.length === 0) {
    return <AdminTableEmpty title="No products match" hint="Change the filters, or create a product." />;
  }

  return (
    <>
      <AdminTable
        caption="Products"
        head={
          <>
            <th scope="col" className="px-4 py-3">Product</th>
            <th scope="col" className="px-4 py-3">Category</th>
            <th scope="col" className="px-4 py-3 text-right">Price</th>
            <th scope="col" className="px-4 py-3 text-right">Stock</th>
            <th scope="col" className="px-4 py-3">Status</th>
            <th scope="col" className="px-4 py-3">Updated</th>
          </>
        }
      >
        {data.items.map((product) => (
          <tr key={product.id} className="hover:bg-stone-50">
            <td className="px-4 py-3">
              <div className="flex items-center gap-3">
                <div className="relative size-10 shrink-0 overflow-hidden rounded-lg bg-stone-100 ring-1 ring-stone-900/5">
                  {product.thumbnailUrl && <Image src={product.thumbnailUrl} alt="" fill sizes="40px" className="object-cover" />}
                </div>
                <div className="min-w-0">
                  <Link href={`/admin/products/${product.id}`} className="font-medium text-ink hover:text-brand-700">
                    {product.name}
                  </Link>
                  <p className="truncate text-xs text-stone-500">{product.slug}</p>
                </div>
              </div>
            </td>
            <td className="px-4 py-3 text-stone-700">{product.category.name}</td>
            <td className="px-4 py-3 text-right">
              <Price price={product.price} />
            </td>
            <td className={`px-4 py-3 text-right tabular-nums ${product.stock <= 5 ? "font-semibold text-amber-700" : "text-stone-700"}`}>{product.stock}</td>
            <td className="px-4 py-3">
              <StatusPill product={product} />
            </td>
            <td className="px-4 py-3 text-stone-600">
              <LocalTime date={product.updatedAt} />
            </td>
          </tr>
        ))}
      </AdminTable>
      <AdminPager page={data.page} pageSize={data.pageSize} total={data.total} hrefFor={(page) => adminProductSearchHref(input, { page: String(page) })} />
    </>
  );
}
