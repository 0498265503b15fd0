import { Suspense } from "react";
import { FooterCategoryLinks } from "./footer-category-links";
import { Logo } from "./logo";

export function SiteFooter() {
  return (
    <footer className="mt-24 border-t border-stone-200 bg-white">
      <div className="mx-auto grid max-w-7xl gap-10 px-4 py-14 sm:px-6 md:grid-cols-[2fr_3fr] lg:px-8">
        <div className="max-w-xs">
          <Logo />
          <p className="mt-4 text-sm leading-6 text-stone-600">
            Well-made things for everyday life: chosen to be used daily and kept for years.
          </p>
        </div>
        <div>
          <h2 className="text-sm font-semibold text-ink">Shop</h2>
          <Suspense fallback={<div className="mt-4 h-24" />}>
            <FooterCategoryLinks />
          </Suspense>
        </div>
      </div>
      <div className="border-t border-stone-100">
        <p className="mx-auto max-w-7xl px-4 py-6 text-xs text-stone-500 sm:px-6 lg:px-8">
          © {new Date().getFullYear()} Shopfront
        </p>
      </div>
    </footer>
  );
}
