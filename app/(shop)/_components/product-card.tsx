import { OptimizedImage } from "@/app/_components/optimized-image";
import Link from "next/link";
import type { ProductCard as ProductCardData } from "@/server/catalog/catalog.schema";
import { Price } from "@/app/_components/price";
import { RatingStars } from "./rating-stars";
import { StockBadge } from "@/app/(shop)/_components/stock-badge";

// Matches the grid: 2 columns on phones, 3 from sm, 4 from lg, inside a 1280px container.
export const PRODUCT_CARD_SIZES = "(min-width: 1280px) 296px, (min-width: 1024px) 23vw, (min-width: 640px) 31vw, 46vw";

export function ProductCard({ product, preload = false }: { product: ProductCardData; preload?: boolean }) {
  const soldOut = product.stockStatus === "OUT_OF_STOCK";
  return (
    <Link
      href={`/products/${product.slug}`}
      className="group block rounded-2xl focus-visible:outline-2 focus-visible:outline-offset-4 focus-visible:outline-brand-600"
    >
      <div className="relative aspect-square overflow-hidden rounded-2xl bg-stone-100 ring-1 ring-stone-900/5">
        {product.image ? (
          <OptimizedImage
            src={product.image.url}
            alt={product.image.alt}
            fill
            sizes={PRODUCT_CARD_SIZES}
            preload={preload}
            className={`object-cover transition duration-500 ease-out group-hover:scale-[1.04] ${soldOut ? "opacity-60" : ""}`}
          />
        ) : (
          <div className="flex h-full items-center justify-center text-sm text-stone-600">No image</div>
        )}
        {product.stockStatus !== "IN_STOCK" && (
          <StockBadge status={product.stockStatus} className="absolute left-3 top-3 bg-white/90 backdrop-blur" />
        )}
      </div>
      <div className="mt-3 space-y-1 px-0.5">
        <h3 className="truncate text-sm leading-5 font-medium text-ink group-hover:text-brand-700">{product.name}</h3>
        <Price price={product.price} className="block text-sm leading-5 text-stone-700" />
        <RatingStars rating={product.rating} />
      </div>
    </Link>
  );
}
