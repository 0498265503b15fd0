import { ProductGrid } from "@/app/(shop)/_components/product-grid";
import { getQueryClient, trpc } from "@/app/_trpc/server";

export async function NewArrivals({ limit }: { limit: number }) {
  const data = await getQueryClient().fetchQuery(trpc.product.list.queryOptions({ limit }));
  if (data.items.length === 0) return <p className="text-stone-600">No products yet.</p>;
  return <ProductGrid products={data.items} />;
}
