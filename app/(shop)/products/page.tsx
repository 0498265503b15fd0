import type { Metadata } from "next";
import { PageHeader } from "@/app/(shop)/_components/page-header";
import { PaginatedProductGrid } from "@/app/(shop)/_components/paginated-product-grid";
import type { ProductListQuery } from "@/app/(shop)/_lib/product-list-query";
import { prefetchProductList } from "@/app/(shop)/_lib/prefetch-product-list";
import { HydrateClient } from "@/app/_trpc/server";

export const metadata: Metadata = { title: "All products" };

const PAGE_SIZE = 12;

export default function ProductsPage() {
  const input: ProductListQuery = { limit: PAGE_SIZE };
  prefetchProductList(input);

  return (
    <HydrateClient>
      <PageHeader title="All products" description="Everything in the shop, newest first." />
      <div className="mx-auto max-w-7xl px-4 pt-10 sm:px-6 lg:px-8">
        <PaginatedProductGrid input={input} />
      </div>
    </HydrateClient>
  );
}
