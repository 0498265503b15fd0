"use client";
import Link from "next/link";
import { LocalTime } from "@/app/_components/local-time";
import { Badge } from "@/app/_components/ui/badge";
import type { TableSpec } from "@/app/_components/ui/data-table";
import { useTRPC } from "@/app/_trpc/react";
import { PagedTable } from "../shell/paged-table";
import type { SearchParams } from "@/app/_lib/search-params";
import { customerPageHref } from "@/app/admin/_lib/customer-search";
import type { ListCustomersInput, customerRowSchema } from "@/server/account/customer-admin.schema";
import type { z } from "@/server/lib/zod";

type CustomerRow = z.infer<typeof customerRowSchema>;

function StatusPill({ customer }: { customer: CustomerRow }) {
  if (customer.disabledAt)
    return (
      <Badge tone="danger" size="md">
        Disabled
      </Badge>
    );
  return customer.emailVerified ? (
    <Badge tone="success" size="md">
      Active
    </Badge>
  ) : (
    <Badge tone="warning" size="md">
      Email not confirmed
    </Badge>
  );
}

const table: TableSpec<CustomerRow> = {
  caption: "Customers",
  empty: { title: "No accounts match", hint: "Search by another name or email." },
  columns: [
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
    {
      header: "Role",
      cell: (customer) => (customer.role === "ADMIN" ? "Staff" : "Shopper"),
      className: "text-stone-700",
    },
    { header: "Status", cell: (customer) => <StatusPill customer={customer} /> },
    {
      header: "Orders",
      align: "right",
      cell: (customer) => customer.orderCount,
      className: "text-stone-700 tabular-nums",
    },
    { header: "Joined", cell: (customer) => <LocalTime date={customer.createdAt} />, className: "text-stone-600" },
  ],
};

export function AdminCustomerTable({ input, params }: { input: ListCustomersInput; params: SearchParams }) {
  const trpc = useTRPC();
  return (
    <PagedTable
      {...table}
      query={trpc.admin.customers.list.queryOptions(input)}
      hrefFor={(page) => customerPageHref(params, page)}
    />
  );
}
