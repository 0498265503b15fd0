"use client";
import { FilterInput, FilterSelect, UrlFilterForm } from "../shell/url-filter-form";

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
      className="grid items-end gap-3 sm:grid-cols-[2fr_1fr_1fr_auto]"
    >
      <FilterInput name="q" label="Name or email" type="search" defaultValue={values.q} />
      <FilterSelect name="role" label="Role" placeholder="Any" options={roleOptions} defaultValue={values.role} />
      <FilterSelect
        name="status"
        label="Status"
        placeholder="Any"
        options={statusOptions}
        defaultValue={values.status}
      />
    </UrlFilterForm>
  );
}
