import Link from "next/link";

// A plain GET form: it works before JavaScript loads, and lands on /search?q=…. Small
// screens get a link to the search page instead.
export function HeaderSearch() {
  return (
    <>
      <form role="search" action="/search" className="hidden md:block">
        <label htmlFor="header-search" className="sr-only">
          Search products
        </label>
        <input
          id="header-search"
          name="q"
          type="search"
          placeholder="Search"
          maxLength={100}
          className="h-9 w-40 rounded-full border border-stone-300 bg-white px-4 text-sm text-ink placeholder:text-stone-400 focus-visible:outline-2 focus-visible:outline-brand-600 xl:w-52"
        />
      </form>
      <Link
        href="/search"
        aria-label="Search products"
        className="flex size-10 items-center justify-center rounded-full text-stone-700 hover:bg-stone-100 focus-visible:outline-2 focus-visible:outline-brand-600 md:hidden"
      >
        <svg viewBox="0 0 24 24" aria-hidden="true" className="size-5" fill="none" stroke="currentColor" strokeWidth="1.8">
          <circle cx="11" cy="11" r="6.5" />
          <path d="m16 16 4.5 4.5" strokeLinecap="round" />
        </svg>
      </Link>
    </>
  );
}
