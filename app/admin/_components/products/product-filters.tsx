"use client";
import { useQuery } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import type { FormEvent } from "react";
import { adminProductSearchHref } from "@/app/admin/_lib/product-search";
import { useTRPC } from "@/app/_trpc/react";
import type { ListAdminProductsInput } from "@/server/catalog/product-admin.schema";
import { Button } from "@/app/_components/ui/button";
import { Input } from "@/app/_components/ui/input";

const selectStyles = "h-11 rounded-xl border border-stone-300 bg-white px-3 text-sm text-ink shadow-sm focus-visible:outline-2 focus-visible:outline-brand-600";

export function AdminProductFilters({ input }: { input: ListAdminProductsInput }) {
  const trpc = useTRPC();
  const router = useRouter();
  const { data: categories = [] } = useQuery(trpc.category.list.queryOptions());

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? "").trim() || null;
    router.push(
      adminProductSearchHref(input, {
        q: text("q"),
        status: text("status"),
        category: text("category"),
        sort: text("sort"),
        lowStock: form.get("lowStock") ? "1" : null,
      }),
    );
  }

  return (
    <form role="search" aria-label="Filter products" onSubmit={onSubmit} className="mb-6 flex flex-wrap items-end gap-3">
      <div className="min-w-56 flex-1">
        <label htmlFor="product-q" className="block text-xs font-medium text-stone-600">
          Search
        </label>
        <Input id="product-q" name="q" type="search" defaultValue={input.q ?? ""} placeholder="Name or slug" className="mt-1" />
      </div>
      <div>
        <label htmlFor="product-status" className="block text-xs font-medium text-stone-600">
          Status
        </label>
        <select id="product-status" name="status" defaultValue={input.status ?? ""} className={`${selectStyles} mt-1`}>
          <option value="">Not deleted</option>
          <option value="active">Active</option>
          <option value="inactive">Inactive</option>
          <option value="deleted">Deleted</option>
        </select>
      </div>
      <div>
        <label htmlFor="product-category" className="block text-xs font-medium text-stone-600">
          Category
        </label>
        <select id="product-category" name="category" defaultValue={input.categoryId ?? ""} className={`${selectStyles} mt-1`}>
          <option value="">All</option>
          {categories.map((category) => (
            <option key={category.id} value={category.id}>
              {category.name}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="product-sort" className="block text-xs font-medium text-stone-600">
          Sort
        </label>
        <select id="product-sort" name="sort" defaultValue={input.sort} className={`${selectStyles} mt-1`}>
          <option value="newest">Newest</option>
          <option value="name">Name</option>
          <option value="price_asc">Price, low to high</option>
          <option value="price_desc">Price, high to low</option>
          <option value="stock_asc">Stock, lowest first</option>
        </select>
      </div>
      <label className="flex h-11 items-center gap-2 text-sm text-stone-700">
        <input type="checkbox" name="lowStock" defaultChecked={input.lowStock ?? false} className="size-4 accent-brand-600" />
        Low stock
      </label>
      <Button type="submit" variant="secondary">
        Apply
      </Button>
    </form>
  );
}
