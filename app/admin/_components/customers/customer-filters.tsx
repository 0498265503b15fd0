"use client";
import { useRouter } from "next/navigation";
import type { FormEvent } from "react";
import { Button } from "@/app/_components/ui/button";
import { Input } from "@/app/_components/ui/input";

const selectStyles = "mt-1 h-11 w-full rounded-xl border border-stone-300 bg-white px-3 text-sm text-ink shadow-sm focus-visible:outline-2 focus-visible:outline-brand-600";

export function AdminCustomerFilters({ values }: { values: { q: string; role: string; status: string } }) {
  const router = useRouter();
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const params = new URLSearchParams();
    for (const [key, value] of new FormData(event.currentTarget)) if (String(value).trim()) params.set(key, String(value).trim());
    router.push(params.size > 0 ? `/admin/customers?${params}` : "/admin/customers");
  }
  return (
    <form role="search" aria-label="Filter customers" onSubmit={onSubmit} className="mb-6 grid items-end gap-3 sm:grid-cols-[2fr_1fr_1fr_auto]">
      <div>
        <label htmlFor="customer-q" className="block text-xs font-medium text-stone-600">
          Name or email
        </label>
        <Input id="customer-q" name="q" type="search" defaultValue={values.q} className="mt-1" />
      </div>
      <div>
        <label htmlFor="customer-role" className="block text-xs font-medium text-stone-600">
          Role
        </label>
        <select id="customer-role" name="role" defaultValue={values.role} className={selectStyles}>
          <option value="">Any</option>
          <option value="USER">Shopper</option>
          <option value="ADMIN">Staff</option>
        </select>
      </div>
      <div>
        <label htmlFor="customer-status" className="block text-xs font-medium text-stone-600">
          Status
        </label>
        <select id="customer-status" name="status" defaultValue={values.status} className={selectStyles}>
          <option value="">Any</option>
          <option value="active">Active</option>
          <option value="disabled">Disabled</option>
        </select>
      </div>
      <Button type="submit" variant="secondary">
        Apply
      </Button>
    </form>
  );
}
