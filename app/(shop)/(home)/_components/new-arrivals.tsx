"use client";
import { useSuspenseQuery } from "@tanstack/react-query";
import { useTRPC } from "@/app/_trpc/react";
import { ProductGrid } from "@/app/(shop)/_components/product-grid";

export function NewArrivals({ limit }: { limit: number }) {
  const trpc = useTRPC();
  const { data } = useSuspenseQuery(trpc.product.list.queryOptions({ limit }));
  if (data.items.length === 0) return <p className="text-stone-600">No products yet.</p>;
  return <ProductGrid products={data.items} />;
}
