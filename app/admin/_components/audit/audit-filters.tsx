"use client";
import { useRouter } from "next/navigation";
import type { FormEvent } from "react";
import { auditEntityTypes } from "@/server/audit/audit.schema";
import { Button } from "@/app/_components/ui/button";
import { Input } from "@/app/_components/ui/input";

const selectStyles = "mt-1 h-11 rounded-xl border border-stone-300 bg-white px-3 text-sm text-ink shadow-sm focus-visible:outline-2 focus-visible:outline-brand-600";
export type AuditFilterValues = { actor: string; action: string; entityType: string; entityId: string; from: string; to: string };

export function AdminAuditFilters({ values }: { values: AuditFilterValues }) {
  const router = useRouter();
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const params = new URLSearchParams();
    for (const [key, value] of new FormData(event.currentTarget)) if (String(value).trim()) params.set(key, String(value).trim());
    router.push(params.size > 0 ? `/admin/audit?${params}` : "/admin/audit");
  }
  const field = (name: keyof AuditFilterValues, label: string, type = "text") => (
    <div>
      <label htmlFor={`audit-${name}`} className="block text-xs font-medium text-stone-600">
        {label}
      </label>
      <Input id={`audit-${name}`} name={name} type={type} defaultValue={values[name]} className="mt-1" />
    </div>
  );
  return (
    <form role="search" aria-label="Filter the audit log" onSubmit={onSubmit} className="mb-6 grid items-end gap-3 sm:grid-cols-3 xl:grid-cols-7">
      {field("actor", "Staff email", "email")}
      {field("action", "Action")}
      <div>
        <label htmlFor="audit-entityType" className="block text-xs font-medium text-stone-600">
          Entity
        </label>
        <select id="audit-entityType" name="entityType" defaultValue={values.entityType} className={`${selectStyles} w-full`}>
          <option value="">Any</option>
          {auditEntityTypes.map((type) => (
            <option key={type} value={type}>
              {type}
            </option>
          ))}
        </select>
      </div>
      {field("entityId", "Entity id")}
      {field("from", "From", "date")}
      {field("to", "To", "date")}
      <Button type="submit" variant="secondary">
        Apply
      </Button>
    </form>
  );
}
