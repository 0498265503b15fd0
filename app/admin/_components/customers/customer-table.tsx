"use client";
import { useSuspenseQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useTRPC } from "@/app/_trpc/react";
import type { ListCustomersInput } from "@/server/account/customer-admin.schema";
import { AdminPager } from "@/app/_components/ui/pager";
import { AdminTable, AdminTableEmpty } from "@/app/_components/ui/data-table";
import { LocalTime } from "@/app/_components/local-time";
import { Badge } from "@/app/_components/ui/badge";

export function AdminCustomerTable({ input, pageHrefs }: { input: ListCustomersInput; pageHrefs: Record<"previous" | "next", string> }) {
  const trpc = useTRPC();
  const { data } = useSuspenseQuery(trpc.admin.customers.list.queryOptions(input));
  if (data.items.length === 0) return <AdminTableEmpty title="No accounts match" hint="Search by another name or email." />;
  return (
    <>
      <AdminTable
        caption="Customers"
        head={
          <>
            <th scope="col" className="px-4 py-3">Name</th>
            <th scope="col" className="px-4 py-3">Role</th>
            <th scope="col" className="px-4 py-3">Status</th>
            <th scope="col" className="px-4 py-3 text-right">Orders</th>
            <th scope="col" className="px-4 py-3">Joined</th>
          </>
        }
      >
        {data.items.map((customer) => (
          <tr key={customer.id} className="hover:bg-stone-50">
            <td className="px-4 py-3">
              <Link href={`/admin/customers/${customer.id}`} className="font-medium text-ink hover:text-brand-700">
                {customer.name}
              </Link>
              <p className="text-xs text-stone-500">{customer.email}</p>
            </td>
            <td className="px-4 py-3 text-stone-700">{customer.role === "ADMIN" ? "Staff" : "Shopper"}</td>
            <td className="px-4 py-3">
              {customer.disabledAt ? (
                <Badge tone="danger" size="md">Disabled</Badge>
              ) : customer.emailVerified ? (
                <Badge tone="success" size="md">Active</Badge>
              ) : (
                <Badge tone="warning" size="md">Email not confirmed</Badge>
              )}
            </td>
            <td className="px-4 py-3 text-right text-stone-700 tabular-nums">{customer.orderCount}</td>
            <td className="px-4 py-3 text-stone-600">
              <LocalTime date={customer.createdAt} />
            </td>
          </tr>
        ))}
      </AdminTable>
      <AdminPager page={data.page} pageSize={data.pageSize} total={data.total} hrefFor={(page) => (page < data.page ? pageHrefs.previous : pageHrefs.next)} />
    </>
  );
}
