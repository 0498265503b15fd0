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
    <UrlFilterForm
      path="/admin/audit"
      label="Filter the audit log"
      className="mb-6 grid items-end gap-3 sm:grid-cols-3 xl:grid-cols-7"
    >
      <FilterInput name="actor" label="Staff email" type="email" defaultValue={values.actor} />
      <FilterInput name="action" label="Action" defaultValue={values.action} />
      <FilterSelect name="entityType" label="Entity" options={entityOptions} defaultValue={values.entityType} />
      <FilterInput name="entityId" label="Entity id" defaultValue={values.entityId} />
      <FilterInput name="from" label="From" type="date" defaultValue={values.from} />
      <FilterInput name="to" label="To" type="date" defaultValue={values.to} />
    </UrlFilterForm>
  );
}
