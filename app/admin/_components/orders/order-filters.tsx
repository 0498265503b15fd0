"use client";
import { orderStatusLabels } from "@/app/_components/order-status-badge";
import { orderStatusSchema } from "@/server/order/order.schema";
import { FilterInput, FilterSelect, UrlFilterForm } from "@/app/_components/url-filter-form";

export type AdminOrderFilterValues = { status: string; from: string; to: string; customer: string };

const statusOptions = orderStatusSchema.options.map((status) => ({ value: status, label: orderStatusLabels[status] }));

export function AdminOrderFilters({ values }: { values: AdminOrderFilterValues }) {
  return (
    <UrlFilterForm
      label="Filter orders"
      values={values}
      layout="mb-6 grid sm:grid-cols-2 xl:grid-cols-[1fr_1fr_1fr_2fr_auto]"
    >
      <FilterSelect name="status" label="Status" options={statusOptions} />
      <FilterInput name="from" label="Placed from" type="date" />
      <FilterInput name="to" label="Placed to" type="date" />
      <FilterInput name="customer" label="Customer email" type="search" />
    </UrlFilterForm>
  );
}
