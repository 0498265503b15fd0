"use client";
import { useSuspenseQuery } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import type { FormEvent, ReactNode } from "react";
import type { SearchQuery } from "@/app/(shop)/search/_lib/search-query";
import { useTRPC } from "@/app/_trpc/react";
import { centsToPriceText } from "@/server/catalog/product-admin.schema";
import { Button } from "@/app/_components/ui/button";
import { Input } from "@/app/_components/ui/input";

const selectStyles =
  "mt-1 h-11 w-full rounded-xl border border-stone-300 bg-white px-3 text-sm text-ink shadow-sm focus-visible:outline-2 focus-visible:outline-brand-600";

const priceText = (cents: number | undefined) => (cents === undefined ? "" : centsToPriceText(cents));

// One labelled filter; `id` is its control's.
function Filter({
  id,
  label,
  className,
  children,
}: {
  id: string;
  label: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <div className={className}>
      <label htmlFor={id} className="block text-xs font-medium text-stone-600">
        {label}
      </label>
      {children}
    </div>
  );
}

// Submitting writes the filters into the URL; the server page reads them from there.
export function SearchFilters({ query }: { query: SearchQuery }) {
  const trpc = useTRPC();
  const router = useRouter();
  const { data: categories } = useSuspenseQuery(trpc.category.list.queryOptions());

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const params = new URLSearchParams();
    for (const [key, value] of new FormData(event.currentTarget)) {
      const text = String(value).trim();
      if (text && !(key === "sort" && text === "relevance")) params.set(key, text);
    }
    router.push(`/search?${params}`);
  }

  return (
    <form
      role="search"
      aria-label="Search products"
      onSubmit={onSubmit}
      className="grid grid-cols-2 items-end gap-3 lg:grid-cols-[2fr_1fr_0.7fr_0.7fr_1fr_auto_auto]"
    >
      <Filter id="search-q" label="Search for" className="col-span-2 sm:col-span-1">
        <Input
          id="search-q"
          name="q"
          type="search"
          defaultValue={query.q}
          placeholder="e.g. brass lamp"
          className="mt-1"
        />
      </Filter>
      <Filter id="search-category" label="Category" className="col-span-2 sm:col-span-1">
        <select id="search-category" name="category" defaultValue={query.categorySlug ?? ""} className={selectStyles}>
          <option value="">All categories</option>
          {categories.map((category) => (
            <option key={category.slug} value={category.slug}>
              {category.name}
            </option>
          ))}
        </select>
      </Filter>
      <Filter id="search-min" label="Min $">
        <Input
          id="search-min"
          name="min"
          inputMode="decimal"
          defaultValue={priceText(query.minPriceCents)}
          className="mt-1"
        />
      </Filter>
      <Filter id="search-max" label="Max $">
        <Input
          id="search-max"
          name="max"
          inputMode="decimal"
          defaultValue={priceText(query.maxPriceCents)}
          className="mt-1"
        />
      </Filter>
      <Filter id="search-sort" label="Sort by">
        <select id="search-sort" name="sort" defaultValue={query.sort} className={selectStyles}>
          <option value="relevance">Best match</option>
          <option value="price_asc">Price, low to high</option>
          <option value="price_desc">Price, high to low</option>
          <option value="newest">Newest</option>
        </select>
      </Filter>
      <label className="flex h-11 items-center gap-2 text-sm whitespace-nowrap text-stone-700">
        <input
          type="checkbox"
          name="inStock"
          value="1"
          defaultChecked={query.inStock ?? false}
          className="size-4 accent-brand-600"
        />
        In stock
      </label>
      <Button type="submit" className="col-span-2 sm:col-span-1">
        Search
      </Button>
    </form>
  );
}
