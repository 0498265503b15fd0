import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Breadcrumb } from "@/app/(shop)/_components/breadcrumb";
import { PageHeader } from "@/app/(shop)/_components/page-header";
import { PaginatedProductGrid } from "@/app/(shop)/_components/paginated-product-grid";
import type { ProductListQuery } from "@/app/(shop)/_lib/product-list-query";
import { prefetchProductList } from "@/app/(shop)/_lib/prefetch-product-list";
import { HydrateClient } from "@/app/_trpc/server";
import { slugSchema } from "@/server/catalog/catalog.schema";
import { loadCategory } from "./load-category";

type Props = { params: Promise<{ slug: string }> };

const PAGE_SIZE = 12;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const category = await loadCategory((await params).slug);
  return { title: category.name, description: category.description };
}

export default async function CategoryPage({ params }: Props) {
  const { slug } = await params;
  if (!slugSchema.safeParse(slug).success) notFound();
  const input: ProductListQuery = { categorySlug: slug, limit: PAGE_SIZE };
  // Started before the category is awaited, so both run at once.
  prefetchProductList(input);
  const category = await loadCategory(slug);

  return (
    <HydrateClient>
      <PageHeader title={category.name} description={category.description}>
        <Breadcrumb
          items={[{ label: "Home", href: "/" }, { label: "All products", href: "/products" }, { label: category.name }]}
        />
      </PageHeader>
      <div className="mx-auto max-w-7xl px-4 pt-10 sm:px-6 lg:px-8">
        <PaginatedProductGrid input={input} />
      </div>
    </HydrateClient>
  );
}
