"use client";
import { auditEntityTypes } from "@/server/audit/audit.schema";
import { FilterInput, FilterSelect, UrlFilterForm } from "@/app/_components/url-filter-form";

export type AuditFilterValues = {
  actor: string;
  action: string;
  entityType: string;
  entityId: string;
  from: string;
  to: string;
};

const entityOptions = auditEntityTypes.map((type) => ({ value: type, label: type }));

export function AdminAuditFilters({ values }: { values: AuditFilterValues }) {
  return (
    <UrlFilterForm label="Filter the audit log" values={values} layout="mb-6 grid sm:grid-cols-3 xl:grid-cols-7">
      <FilterInput name="actor" label="Staff email" type="email" />
      <FilterInput name="action" label="Action" />
      <FilterSelect name="entityType" label="Entity" options={entityOptions} />
      <FilterInput name="entityId" label="Entity id" />
      <FilterInput name="from" label="From" type="date" />
      <FilterInput name="to" label="To" type="date" />
    </UrlFilterForm>
  );
}
