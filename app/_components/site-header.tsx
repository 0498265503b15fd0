import { Suspense } from "react";
import { CartLink } from "./cart-link";
import { CategoryNav, CategoryNavSkeleton } from "./category-nav";
import { HeaderSearch } from "./header-search";
import { Logo } from "./logo";
import { UserMenu, UserMenuSkeleton } from "./user-menu";

export function SiteHeader() {
  return (
    <header className="sticky top-0 z-40 border-b border-stone-200/80 bg-white/90 backdrop-blur-md">
      <div className="mx-auto flex h-16 max-w-7xl items-center gap-8 px-4 sm:px-6 lg:px-8">
        <Logo />
        <nav aria-label="Categories" className="hidden min-w-0 lg:block">
          <Suspense fallback={<CategoryNavSkeleton variant="bar" />}>
            <CategoryNav variant="bar" />
          </Suspense>
        </nav>
        <div className="ml-auto flex items-center gap-2">
          <HeaderSearch />
          <CartLink />
          <Suspense fallback={<UserMenuSkeleton />}>
            <UserMenu />
          </Suspense>
        </div>
      </div>
      {/* Phones and tablets: the same categories as a swipeable row. */}
      <nav aria-label="Categories" className="border-t border-stone-100 lg:hidden">
        <div className="mx-auto max-w-7xl overflow-x-auto px-4 py-2.5 [scrollbar-width:none] sm:px-6">
          <Suspense fallback={<CategoryNavSkeleton variant="scroller" />}>
            <CategoryNav variant="scroller" />
          </Suspense>
        </div>
      </nav>
    </header>
  );
}
