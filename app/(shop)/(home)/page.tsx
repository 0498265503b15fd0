import Link from "next/link";
import { Suspense } from "react";
import { CategoryTiles, CategoryTilesSkeleton } from "./_components/category-tiles";
import { FeaturedProducts } from "./_components/featured-products";
import { HeroCollage, HeroCollageSkeleton } from "./_components/hero-collage";
import { NewArrivals } from "./_components/new-arrivals";
import { PageSection } from "./_components/page-section";
import { ProductGridSkeleton } from "@/app/(shop)/_components/product-grid";
import { buttonStyles } from "@/app/_components/ui/button";

const NEW_ARRIVALS = 8;

// Every section renders on the server from the procedures' results: none of it hydrates, and
// the page does not send its data a second time as dehydrated queries (nothing here changes
// without a navigation). They read through the request's query client, so the hero and the
// featured row share one read, and the tiles share the header's categories.
export default function HomePage() {
  return (
    <>
      <div className="mx-auto max-w-7xl px-4 pt-6 sm:px-6 sm:pt-10 lg:px-8">
        <section className="grid items-center gap-10 overflow-hidden rounded-3xl bg-gradient-to-br from-brand-50 via-white to-stone-100 px-6 py-12 ring-1 ring-stone-900/5 sm:px-12 sm:py-16 lg:grid-cols-2 lg:gap-16">
          <div>
            <p className="text-sm font-semibold tracking-wide text-brand-700">Shopfront</p>
            <h1 className="mt-3 text-4xl font-semibold tracking-tight text-balance text-ink sm:text-5xl lg:text-6xl">
              Well-made things for everyday life.
            </h1>
            <p className="mt-5 max-w-lg text-lg leading-8 text-stone-600">
              Stoneware for slow mornings, bags for the commute and lamps for the softer hours, chosen to be used every
              day and kept for years.
            </p>
            <div className="mt-8 flex flex-wrap gap-3">
              <Link href="/products" className={buttonStyles({ size: "lg" })}>
                Shop all products
              </Link>
              <Link href="#featured" className={buttonStyles({ variant: "secondary", size: "lg" })}>
                See featured picks
              </Link>
            </div>
          </div>
          <Suspense fallback={<HeroCollageSkeleton />}>
            <HeroCollage />
          </Suspense>
        </section>
      </div>

      <div className="mt-20 space-y-24">
        <PageSection
          id="featured"
          title="Featured"
          description="Favourites from across the shop."
          link={{ href: "/products", label: "Shop all" }}
        >
          <Suspense fallback={<ProductGridSkeleton count={8} />}>
            <FeaturedProducts />
          </Suspense>
        </PageSection>
        <PageSection id="categories" title="Shop by category">
          <Suspense fallback={<CategoryTilesSkeleton />}>
            <CategoryTiles />
          </Suspense>
        </PageSection>
        <PageSection
          id="new-arrivals"
          title="New arrivals"
          description="The latest additions to the shop."
          link={{ href: "/products", label: "View all" }}
        >
          <Suspense fallback={<ProductGridSkeleton count={NEW_ARRIVALS} />}>
            <NewArrivals limit={NEW_ARRIVALS} />
          </Suspense>
        </PageSection>
      </div>
    </>
  );
}
