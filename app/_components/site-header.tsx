import { Suspense } from "react";
import { CartLink } from "./cart-link";
import { CategoryNav, CategoryNavSkeleton } from "./category-nav";
import { HeaderSearch, HeaderSearchLink } from "./header-search";
import { Logo } from "./logo";
import { UserMenu, UserMenuSkeleton } from "./user-menu";

// Two rows at every width, so nothing in the first row depends on how many categories the
// shop has: logo, search and the shopper's controls, then the categories. Phones get a search
// icon instead of the field and the categories as a swipeable row of chips; from lg the
// categories are a plain bar that wraps if staff add more than fit (one list, restyled).
export function SiteHeader() {
  return (
    <header className="sticky top-0 z-40 border-b border-stone-200/80 bg-white/90 backdrop-blur-md">
      <div className="mx-auto flex h-16 max-w-7xl items-center gap-4 px-4 sm:px-6 md:gap-8 lg:px-8">
        <Logo />
        <HeaderSearch />
        <div className="ml-auto flex shrink-0 items-center gap-1 sm:gap-2">
          <HeaderSearchLink />
          <CartLink />
          <Suspense fallback={<UserMenuSkeleton />}>
            <UserMenu />
          </Suspense>
        </div>
      </div>
      <nav aria-label="Categories" className="border-t border-stone-100">
        <div className="mx-auto max-w-7xl overflow-x-auto px-4 py-2.5 [scrollbar-width:none] sm:px-6 lg:overflow-visible lg:px-5 lg:py-1.5">
          <Suspense fallback={<CategoryNavSkeleton />}>
            <CategoryNav />
          </Suspense>
        </div>
      </nav>
    </header>
  );
}
