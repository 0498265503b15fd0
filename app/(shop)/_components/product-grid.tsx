import type { ProductCard as ProductCardData } from "@/server/catalog/catalog.schema";
import { ProductCard } from "./product-card";
import { ProductCardSkeleton } from "./product-card-skeleton";

const GRID = "grid grid-cols-2 gap-x-4 gap-y-9 sm:grid-cols-3 sm:gap-x-6 lg:grid-cols-4";

// `preloadCount` cards (the ones above the fold) load their images eagerly. Cards title their
// product with an h3: a page whose grid follows its h1 directly passes `heading`, an h2 for
// screen readers, so the outline has no skipped level.
export function ProductGrid({
  products,
  preloadCount = 0,
  heading,
}: {
  products: ProductCardData[];
  preloadCount?: number;
  heading?: string;
}) {
  return (
    <>
      {heading && <h2 className="sr-only">{heading}</h2>}
      <ul role="list" className={GRID}>
        {products.map((product, index) => (
          <li key={product.id}>
            <ProductCard product={product} preload={index < preloadCount} />
          </li>
        ))}
      </ul>
    </>
  );
}

export function ProductGridSkeleton({ count }: { count: number }) {
  return (
    <ul role="list" aria-busy="true" aria-label="Loading products" className={GRID}>
      {Array.from({ length: count }, (_, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: identical placeholders, never reordered
        <li key={index}>
          <ProductCardSkeleton />
        </li>
      ))}
    </ul>
  );
}
