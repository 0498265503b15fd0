"use client";
import { useSuspenseQuery } from "@tanstack/react-query";
import Link from "next/link";
import { LocalTime } from "@/app/_components/local-time";
import { Badge } from "@/app/_components/ui/badge";
import { DataTable, type Column } from "@/app/_components/ui/data-table";
import { useTRPC } from "@/app/_trpc/react";
import type { ListCustomersInput, customerRowSchema } from "@/server/account/customer-admin.schema";
import type { z } from "@/server/lib/zod";

type CustomerRow = z.infer<typeof customerRowSchema>;

function StatusPill({ customer }: { customer: CustomerRow }) {
  if (customer.disabledAt) return <Badge tone="danger" size="md">Disabled</Badge>;
  return customer.emailVerified ? <Badge tone="success" size="md">Active</Badge> : <Badge tone="warning" size="md">Email not confirmed</Badge>;
}

const columns: Column<CustomerRow>[] = [
  {
    header: "Name",
    cell: (customer) => (
      <>
        <Link href={`/admin/customers/${customer.id}`} className="font-medium text-ink hover:text-brand-700">
          {customer.name}
        </Link>
        <p className="text-xs text-stone-500">{customer.email}</p>
      </>
    ),
  },
  { header: "Role", cell: (customer) => (customer.role === "ADMIN" ? "Staff" : "Shopper"), className: "text-stone-700" },
  { header: "Status", cell: (customer) => <StatusPill customer={customer} /> },
  { header: "Orders", align: "right", cell: (customer) => customer.orderCount, className: "text-stone-700 tabular-nums" },
  { header: "Joined", cell: (customer) => <LocalTime date={customer.createdAt} />, className: "text-stone-600" },
];

export function AdminCustomerTable({ input, pageHrefs }: { input: ListCustomersInput; pageHrefs: Record<"previous" | "next", string> }) {
  const trpc = useTRPC();
  const { data } = useSuspenseQuery(trpc.admin.customers.list.queryOptions(input));
  return (
    <DataTable
      caption="Customers"
      columns={columns}
      rows={data.items}
      rowClassName="hover:bg-stone-50"
      empty={{ title: "No accounts match", hint: "Search by another name or email." }}
      pager={{ paging: data, hrefFor: (page) => (page < data.page ? pageHrefs.previous : pageHrefs.next) }}
    />
  );
}
