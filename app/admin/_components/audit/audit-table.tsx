"use client";
import { useSuspenseInfiniteQuery } from "@tanstack/react-query";
import Link from "next/link";
import { cursorPaging } from "@/app/_lib/cursor-paging";
import { useTRPC } from "@/app/_trpc/react";
import type { AuditEntry, AuditFilter } from "@/server/audit/audit.schema";
import { AdminAuditChanges } from "./audit-changes";
import { DataTable, type Column } from "@/app/_components/ui/data-table";
import { LocalTime } from "@/app/_components/local-time";
import { LoadOlderFooter } from "../shell/load-older-footer";

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

const columns: Column<AuditEntry>[] = [
  {
    header: "When",
    cell: (entry) => <LocalTime date={entry.createdAt} />,
    className: "whitespace-nowrap text-stone-600",
  },
  { header: "Who", cell: (entry) => entry.actorEmail ?? "system", className: "text-stone-800" },
  { header: "Action", cell: (entry) => entry.action, className: "font-medium whitespace-nowrap text-ink" },
  { header: "Entity", cell: (entry) => <Entity entry={entry} /> },
  {
    header: "Changes",
    cell: (entry) => <AdminAuditChanges before={entry.before} after={entry.after} />,
    className: "min-w-80",
  },
  {
    header: "From",
    cell: (entry) => (
      <>
        <p>{entry.ip ?? "IP not recorded"}</p>
        <p className="max-w-40 truncate" title={entry.userAgent ?? undefined}>
          {entry.userAgent}
        </p>
        <p className="font-mono" title="Request id">
          {entry.requestId?.slice(0, 8)}
        </p>
      </>
    ),
    className: "text-xs text-stone-500",
  },
];

export function AdminAuditTable({ filter }: { filter: AuditFilter }) {
  const trpc = useTRPC();
  const { data, ...paging } = useSuspenseInfiniteQuery(
    trpc.admin.audit.list.infiniteQueryOptions({ ...filter, limit: 50 }, cursorPaging),
  );
  return (
    <DataTable
      caption="Audit log"
      columns={columns}
      rows={data.pages.flatMap((page) => page.items)}
      rowClassName="align-top"
      empty={{ title: "No audit entries match", hint: "Staff actions appear here as they happen." }}
      footer={
        <LoadOlderFooter
          paging={paging}
          label="Load older entries"
          errorMessage="Could not load more entries. Try again."
        />
      }
    />
  );
}
