"use client";
import { useRouter } from "next/navigation";
import type { FormEvent } from "react";
import { orderStatusSchema } from "@/server/order/order.schema";
import { orderStatusLabels } from "@/app/_components/order-status-badge";
import { Button } from "@/app/_components/ui/button";
import { Input } from "@/app/_components/ui/input";

export type AdminOrderFilterValues = { status: string; from: string; to: string; customer: string };

export function AdminOrderFilters({ values }: { values: AdminOrderFilterValues }) {
  const router = useRouter();
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const params = new URLSearchParams();
    for (const [key, value] of new FormData(event.currentTarget)) if (String(value).trim()) params.set(key, String(value).trim());
    router.push(params.size > 0 ? `/admin/orders?${params}` : "/admin/orders");
  }
  return (
    <form role="search" aria-label="Filter orders" onSubmit={onSubmit} className="mb-6 grid items-end gap-3 sm:grid-cols-2 xl:grid-cols-[1fr_1fr_1fr_2fr_auto]">
      <div>
        <label htmlFor="order-status" className="block text-xs font-medium text-stone-600">
          Status
        </label>
        <select
          id="order-status"
          name="status"
          defaultValue={values.status}
          className="mt-1 h-11 w-full rounded-xl border border-stone-300 bg-white px-3 text-sm text-ink shadow-sm focus-visible:outline-2 focus-visible:outline-brand-600"
        >
          <option value="">Any</option>
          {orderStatusSchema.options.map((status) => (
            <option key={status} value={status}>
              {orderStatusLabels[status]}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="order-from" className="block text-xs font-medium text-stone-600">
          Placed from
        </label>
        <Input id="order-from" name="from" type="date" defaultValue={values.from} className="mt-1" />
      </div>
      <div>
        <label htmlFor="order-to" className="block text-xs font-medium text-stone-600">
          Placed to
        </label>
        <Input id="order-to" name="to" type="date" defaultValue={values.to} className="mt-1" />
      </div>
      <div>
        <label htmlFor="order-customer" className="block text-xs font-medium text-stone-600">
          Customer email
        </label>
        <Input id="order-customer" name="customer" type="search" defaultValue={values.customer} className="mt-1" />
      </div>
      <Button type="submit" variant="secondary">
        Apply
      </Button>
    </form>
  );
}
