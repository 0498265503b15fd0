"use client";
import { useSuspenseQuery } from "@tanstack/react-query";
import type { SearchQuery } from "@/app/(shop)/search/_lib/search-query";
import { FilterCheckbox, FilterInput, FilterSelect, UrlFilterForm } from "@/app/_components/url-filter-form";
import { useTRPC } from "@/app/_trpc/react";
import { centsToPriceText } from "@/server/catalog/price-text";

const priceText = (cents: number | undefined) => (cents === undefined ? "" : centsToPriceText(cents));

// "Best match" is the empty choice: relevance is what the search page sorts by when the URL
// names no sort, so it stays out of the URL.
const sortOptions = [
  { value: "price_asc", label: "Price, low to high" },
  { value: "price_desc", label: "Price, high to low" },
  { value: "newest", label: "Newest" },
];

// Submitting writes the filters into the URL; the server page reads them from there.
export function SearchFilters({ query }: { query: SearchQuery }) {
  const trpc = useTRPC();
  const { data: categories } = useSuspenseQuery(trpc.category.list.queryOptions());
  const categoryOptions = categories.map((category) => ({ value: category.slug, label: category.name }));

  return (
    <UrlFilterForm
      label="Search products"
      values={{
        ...query,
        category: query.categorySlug,
        min: priceText(query.minPriceCents),
        max: priceText(query.maxPriceCents),
        sort: query.sort === "relevance" ? undefined : query.sort,
      }}
      layout="grid grid-cols-2 lg:grid-cols-[2fr_1fr_0.7fr_0.7fr_1fr_auto_auto]"
      submit={{ label: "Search", variant: "primary", className: "col-span-2 sm:col-span-1" }}
    >
      <FilterInput
        name="q"
        label="Search for"
        type="search"
        placeholder="e.g. brass lamp"
        className="col-span-2 sm:col-span-1"
      />
      <FilterSelect
        name="category"
        label="Category"
        placeholder="All categories"
        options={categoryOptions}
        className="col-span-2 sm:col-span-1"
      />
      <FilterInput name="min" label="Min $" inputMode="decimal" />
      <FilterInput name="max" label="Max $" inputMode="decimal" />
      <FilterSelect name="sort" label="Sort by" placeholder="Best match" options={sortOptions} />
      <FilterCheckbox name="inStock" label="In stock" />
    </UrlFilterForm>
  );
}
