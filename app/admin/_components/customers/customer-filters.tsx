"use client";
import { FilterInput, FilterSelect, UrlFilterForm } from "@/app/_components/url-filter-form";

const roleOptions = [
  { value: "USER", label: "Shopper" },
  { value: "ADMIN", label: "Staff" },
];
const statusOptions = [
  { value: "active", label: "Active" },
  { value: "disabled", label: "Disabled" },
];

export function AdminCustomerFilters({ values }: { values: { q: string; role: string; status: string } }) {
  return (
    <UrlFilterForm
      path="/admin/customers"
      label="Filter customers"
      className="mb-6 grid items-end gap-3 sm:grid-cols-[2fr_1fr_1fr_auto]"
    >
      <FilterInput name="q" label="Name or email" type="search" defaultValue={values.q} />
      <FilterSelect name="role" label="Role" options={roleOptions} defaultValue={values.role} />
      <FilterSelect name="status" label="Status" options={statusOptions} defaultValue={values.status} />
    </UrlFilterForm>
  );
}
