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
    <UrlFilterForm label="Filter customers" values={values} layout="mb-6 grid sm:grid-cols-[2fr_1fr_1fr_auto]">
      <FilterInput name="q" label="Name or email" type="search" />
      <FilterSelect name="role" label="Role" options={roleOptions} />
      <FilterSelect name="status" label="Status" options={statusOptions} />
    </UrlFilterForm>
  );
}
