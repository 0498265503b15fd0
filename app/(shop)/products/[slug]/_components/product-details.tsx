"use client";
import { useSuspenseQuery } from "@tanstack/react-query";
import Link from "next/link";
import { Suspense } from "react";
import { useTRPC } from "@/app/_trpc/react";
import { AddToCart } from "./add-to-cart";
import { Breadcrumb } from "@/app/(shop)/_components/breadcrumb";
import { Price } from "@/app/_components/price";
import { useLiveStock } from "../_lib/use-live-stock";
import { ProductGallery } from "./product-gallery";
import { ProductReviews } from "./product-reviews";
import { RatingStars } from "@/app/(shop)/_components/rating-stars";
import { StockBadge } from "@/app/(shop)/_components/stock-badge";

export function ProductDetails({ slug }: { slug: string }) {
  const trpc = useTRPC();
  const { data: product } = useSuspenseQuery(trpc.product.get.queryOptions({ slug }));
  useLiveStock(product);
  const categoryHref = `/categories/${product.category.slug}`;

  return (
    <div className="mx-auto max-w-7xl px-4 pt-8 sm:px-6 lg:px-8">
      <Breadcrumb
        items={[
          { label: "Home", href: "/" },
          { label: product.category.name, href: categoryHref },
          { label: product.name },
        ]}
      />
      <div className="mt-6 grid gap-10 lg:grid-cols-2 lg:gap-16">
        <ProductGallery images={product.images} name={product.name} />
        <div className="lg:pt-6">
          <Link
            href={categoryHref}
            className="rounded text-sm font-medium text-brand-700 hover:text-brand-600 focus-visible:outline-2 focus-visible:outline-brand-600"
          >
            {product.category.name}
          </Link>
          <h1 className="mt-2 text-3xl font-semibold tracking-tight text-balance text-ink sm:text-4xl">
            {product.name}
          </h1>
          <div className="mt-4">
            <RatingStars rating={product.rating} size="md" />
          </div>
          <div className="mt-8 flex flex-wrap items-center gap-4">
            <Price price={product.price} className="text-3xl font-semibold tracking-tight text-ink" />
            <StockBadge status={product.stockStatus} stock={product.stock} />
          </div>
          <div className="mt-8">
            <AddToCart productId={product.id} available={product.stock} />
          </div>
          <div className="mt-10 border-t border-stone-200 pt-8">
            <h2 className="text-sm font-semibold text-ink">About this product</h2>
            <p className="mt-3 max-w-prose text-base leading-7 text-stone-600">{product.description}</p>
          </div>
        </div>
      </div>
      <Suspense fallback={null}>
        <ProductReviews productId={product.id} slug={product.slug} />
      </Suspense>
    </div>
  );
}
