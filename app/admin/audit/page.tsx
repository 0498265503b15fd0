import type { Metadata } from "next";
import { Suspense } from "react";
import { AdminAuditFilters } from "@/app/admin/_components/audit/audit-filters";
import { AdminAuditTable } from "@/app/admin/_components/audit/audit-table";
import { AdminPageHeader } from "@/app/admin/_components/shell/page-header";
import { buttonStyles } from "@/app/_components/ui/button";
import { Skeleton } from "@/app/_components/ui/skeleton";
import { auditExportHref, auditPaging, parseAuditSearch } from "@/app/admin/_lib/audit-search";
import type { SearchParams } from "@/app/_lib/search-params";
import { HydrateClient, getQueryClient, trpc } from "@/app/_trpc/server";
import { loadAdminAccess } from "@/app/admin/_lib/load-admin-access";

export const metadata: Metadata = { title: "Audit log · Staff" };

const text = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? "";

export default async function AuditPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  if (!(await loadAdminAccess()).ok) return null;
  const params = await searchParams;
  const filter = parseAuditSearch(params);
  void getQueryClient().prefetchInfiniteQuery(trpc.admin.audit.list.infiniteQueryOptions({ ...filter, limit: 50 }, auditPaging));
  const values = { actor: text(params.actor), action: text(params.action), entityType: text(params.entityType), entityId: text(params.entityId), from: text(params.from), to: text(params.to) };
  const key = JSON.stringify(values);
  return (
    <HydrateClient>
      <AdminPageHeader
        title="Audit log"
        description="Every staff change, with the values before and after. Entries can’t be edited or deleted."
        actions={
          <a href={auditExportHref(filter)} download className={buttonStyles({ variant: "secondary", size: "sm" })}>
            Export CSV
          </a>
        }
      />
      <AdminAuditFilters key={`filters:${key}`} values={values} />
      <Suspense key={key} fallback={<Skeleton className="h-96 w-full rounded-2xl" />}>
        <AdminAuditTable filter={filter} />
      </Suspense>
    </HydrateClient>
  );
}
