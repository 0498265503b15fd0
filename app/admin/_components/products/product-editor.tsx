"use client";
import { useSuspenseQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useTRPC } from "@/app/_trpc/react";
import { AdminPageHeader } from "@/app/admin/_components/shell/page-header";
import { Suspense } from "react";
import { AdminProductForm } from "./product-form";
import { AdminProductImages } from "./product-images";
import { AdminProductStatus } from "./product-status";
import { AdminStockForm } from "./stock-form";
import { Skeleton } from "@/app/_components/ui/skeleton";

export function AdminProductEditor({ id }: { id: string }) {
  const trpc = useTRPC();
  const { data: product } = useSuspenseQuery(trpc.admin.products.get.queryOptions({ id }));
  return (
    <>
      <AdminPageHeader
        title={product.name}
        description={product.slug}
        actions={
          !product.deletedAt &&
          product.active && (
            <Link
              href={`/products/${product.slug}`}
              className="text-sm font-medium text-brand-700 hover:text-brand-600"
            >
              View in shop →
            </Link>
          )
        }
      />
      <div className="grid gap-6 xl:grid-cols-[1fr_20rem]">
        <div className="space-y-6">
          <AdminProductForm key={product.updatedAt.toISOString()} product={product} />
          <Suspense fallback={<Skeleton className="h-48 w-full rounded-2xl" />}>
            <AdminProductImages productId={product.id} />
          </Suspense>
        </div>
        <div className="space-y-6">
          <AdminProductStatus product={product} />
          <AdminStockForm productId={product.id} stock={product.stock} />
        </div>
      </div>
    </>
  );
}
