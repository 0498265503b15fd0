import Link from "next/link";

function SearchIcon({ className }: { className: string }) {
  return (
    <svg
      viewBox="0 0 24 24"
      aria-hidden="true"
      className={className}
      fill="none"
      stroke="currentColor"
      strokeWidth="1.8"
    >
      <circle cx="11" cy="11" r="6.5" />
      <path d="m16 16 4.5 4.5" strokeLinecap="round" />
    </svg>
  );
}

// A plain GET form: it works before JavaScript loads, and lands on /search?q=…. It takes the
// room left in the header row, from md up.
export function HeaderSearch() {
  return (
    <form role="search" action="/search" className="relative hidden max-w-md min-w-0 flex-1 md:block">
      <label htmlFor="header-search" className="sr-only">
        Search products
      </label>
      <SearchIcon className="pointer-events-none absolute top-1/2 left-3.5 size-4 -translate-y-1/2 text-stone-500" />
      <input
        id="header-search"
        name="q"
        type="search"
        placeholder="Search products"
        maxLength={100}
        className="h-10 w-full rounded-full border border-stone-300 bg-white pr-4 pl-10 text-sm text-ink placeholder:text-stone-500 focus-visible:outline-2 focus-visible:outline-brand-600"
      />
    </form>
  );
}

// Phones: an icon to the search page, whose own field is wide enough to type in.
export function HeaderSearchLink() {
  return (
    <Link
      href="/search"
      aria-label="Search products"
      className="flex size-10 items-center justify-center rounded-full text-stone-700 hover:bg-stone-100 focus-visible:outline-2 focus-visible:outline-brand-600 md:hidden"
    >
      <SearchIcon className="size-5" />
    </Link>
  );
}
