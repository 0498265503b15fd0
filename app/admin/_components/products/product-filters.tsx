"use client";
import { useSuspenseQuery } from "@tanstack/react-query";
import { useTRPC } from "@/app/_trpc/react";
import type { ListAdminProductsInput } from "@/server/catalog/product-admin.schema";
import { FilterCheckbox, FilterInput, FilterSelect, UrlFilterForm } from "@/app/_components/url-filter-form";

const statusOptions = [
  { value: "active", label: "Active" },
  { value: "inactive", label: "Inactive" },
  { value: "deleted", label: "Deleted" },
];
// Newest first is the default order, so it is the empty choice and stays out of the URL.
const sortOptions = [
  { value: "name", label: "Name" },
  { value: "price_asc", label: "Price, low to high" },
  { value: "price_desc", label: "Price, high to low" },
  { value: "stock_asc", label: "Stock, lowest first" },
];

export function AdminProductFilters({ input }: { input: ListAdminProductsInput }) {
  const trpc = useTRPC();
  const { data: categories } = useSuspenseQuery(trpc.category.list.queryOptions());
  return (
    <UrlFilterForm
      label="Filter products"
      values={{ ...input, category: input.categoryId, sort: input.sort === "newest" ? undefined : input.sort }}
      layout="mb-6 flex flex-wrap"
    >
      <FilterInput name="q" label="Search" type="search" placeholder="Name or slug" className="min-w-56 flex-1" />
      <FilterSelect name="status" label="Status" placeholder="Not deleted" options={statusOptions} width="auto" />
      <FilterSelect
        name="category"
        label="Category"
        placeholder="All"
        options={categories.map((category) => ({ value: category.id, label: category.name }))}
        width="auto"
      />
      <FilterSelect name="sort" label="Sort" placeholder="Newest" options={sortOptions} width="auto" />
      <FilterCheckbox name="lowStock" label="Low stock" />
    </UrlFilterForm>
  );
}
