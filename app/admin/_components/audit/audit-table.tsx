"use client";
import { useSuspenseInfiniteQuery } from "@tanstack/react-query";
import Link from "next/link";
import { auditPaging } from "@/app/admin/_lib/audit-search";
import { useTRPC } from "@/app/_trpc/react";
import type { AuditEntry, AuditFilter } from "@/server/audit/audit.schema";
import { AdminAuditChanges } from "./audit-changes";
import { AdminTable, AdminTableEmpty } from "@/app/_components/ui/data-table";
import { LocalTime } from "@/app/_components/local-time";
import { Button } from "@/app/_components/ui/button";

const entityLinks: Partial<Record<string, (id: string) => string>> = {
  product: (id) => `/admin/products/${id}`,
  order: (id) => `/admin/orders/${id}`,
  user: (id) => `/admin/customers/${id}`,
};

function Entity({ entry }: { entry: AuditEntry }) {
  const href = entityLinks[entry.entityType]?.(entry.entityId);
  const label = `${entry.entityType} ${entry.entityId.slice(0, 8)}`;
  return href ? (
    <Link href={href} className="font-mono text-xs text-brand-700 hover:text-brand-600" title={entry.entityId}>
      {label}
    </Link>
  ) : (
    <span className="font-mono text-xs text-stone-700" title={entry.entityId}>
      {label}
    </span>
  );
}

export function AdminAuditTable({ filter }: { filter: AuditFilter }) {
  const trpc = useTRPC();
  const { data, fetchNextPage, hasNextPage, isFetchingNextPage, isFetchNextPageError } = useSuspenseInfiniteQuery(
    trpc.admin.audit.list.infiniteQueryOptions({ ...filter, limit: 50 }, auditPaging),
  );
  const entries = data.pages.flatMap((page) => page.items);
  if (entries.length === 0) return <AdminTableEmpty title="No audit entries match" hint="Staff actions appear here as they happen." />;

  return (
    <>
      <AdminTable
        caption="Audit log"
        head={
          <>
            <th scope="col" className="px-4 py-3">When</th>
            <th scope="col" className="px-4 py-3">Who</th>
            <th scope="col" className="px-4 py-3">Action</th>
            <th scope="col" className="px-4 py-3">Entity</th>
            <th scope="col" className="px-4 py-3">Changes</th>
            <th scope="col" className="px-4 py-3">From</th>
          </>
        }
      >
        {entries.map((entry) => (
          <tr key={entry.id} className="align-top">
            <td className="px-4 py-3 whitespace-nowrap text-stone-600">
              <LocalTime date={entry.createdAt} />
            </td>
            <td className="px-4 py-3 text-stone-800">{entry.actorEmail ?? "system"}</td>
            <td className="px-4 py-3 font-medium whitespace-nowrap text-ink">{entry.action}</td>
            <td className="px-4 py-3">
              <Entity entry={entry} />
            </td>
            <td className="min-w-80 px-4 py-3">
              <AdminAuditChanges before={entry.before} after={entry.after} />
            </td>
            <td className="px-4 py-3 text-xs text-stone-500">
              <p>{entry.ip ?? "IP not recorded"}</p>
              <p className="max-w-40 truncate" title={entry.userAgent ?? undefined}>
                {entry.userAgent}
              </p>
              <p className="font-mono" title="Request id">
                {entry.requestId?.slice(0, 8)}
              </p>
            </td>
          </tr>
        ))}
      </AdminTable>
      <div className="mt-6 flex flex-col items-center gap-2">
        {hasNextPage && (
          <Button variant="secondary" disabled={isFetchingNextPage} onClick={() => void fetchNextPage()}>
            {isFetchingNextPage ? "Loading…" : "Load older entries"}
          </Button>
        )}
        {isFetchNextPageError && !isFetchingNextPage && (
          <p role="alert" className="text-sm text-red-700">
            Could not load more entries. Try again.
          </p>
        )}
      </div>
    </>
  );
}
