import { ProductGrid } from "@/app/(shop)/_components/product-grid";
import { getQueryClient, trpc } from "@/app/_trpc/server";

export async function FeaturedProducts() {
  const products = await getQueryClient().fetchQuery(trpc.product.listFeatured.queryOptions());
  if (products.length === 0) return <p className="text-stone-600">Nothing is featured right now.</p>;
  // Whole rows of four on desktop; a lone card on a second row looks like a mistake.
  const shown = products.length >= 4 ? products.slice(0, products.length - (products.length % 4)) : products;
  return <ProductGrid products={shown} />;
}
