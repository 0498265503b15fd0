import type { Metadata } from "next";
import { ProductDetails } from "./_components/product-details";
import { HydrateClient, getQueryClient, trpc } from "@/app/_trpc/server";
import { reviewListInput } from "./_lib/review-query";
import { cursorPaging } from "@/app/_lib/cursor-paging";
import { loadProduct } from "./load-product";
import { cacheAnonymousProductPages } from "@/server/catalog/product-page-cache";

// Under the production server, anonymous shoppers get this page from a short-lived cache of it
// from now on (server/catalog/product-page-cache.ts).
cacheAnonymousProductPages();

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const product = await loadProduct((await params).slug);
  return { title: product.name, description: product.description.slice(0, 160) };
}

export default async function ProductPage({ params }: Props) {
  const { slug } = await params;
  const product = await loadProduct(slug);
  // The page already awaited the product (to answer 404); hand that result to the client
  // cache instead of prefetching the same procedure a second time.
  const queryClient = getQueryClient();
  queryClient.setQueryData(trpc.product.get.queryKey({ slug }), product);
  void queryClient.prefetchInfiniteQuery(
    trpc.review.list.infiniteQueryOptions(reviewListInput(product.id), cursorPaging),
  );
  void queryClient.prefetchQuery(trpc.review.eligibility.queryOptions({ productId: product.id }));

  return (
    <HydrateClient>
      <ProductDetails slug={slug} />
    </HydrateClient>
  );
}
