"use client";
import { useSuspenseQuery } from "@tanstack/react-query";
import { useTRPC } from "@/app/_trpc/react";
import type { AdminOverview as Overview } from "@/server/admin/admin.schema";
import { Card } from "./ui/card";

const STATS: { key: keyof Overview; label: string; hint: string }[] = [
  { key: "activeProducts", label: "Active products", hint: "Listed in the shop" },
  { key: "outOfStockProducts", label: "Out of stock", hint: "Active products with no stock" },
  { key: "customers", label: "Customers", hint: "Shopper accounts" },
  { key: "orders", label: "Orders", hint: "All time" },
];

const number = new Intl.NumberFormat("en-US");

export function AdminOverview() {
  const trpc = useTRPC();
  const { data } = useSuspenseQuery(trpc.admin.overview.queryOptions());
  return (
    <dl className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-4">
      {STATS.map((stat) => (
        <Card key={stat.key} className="p-6">
          <dt className="text-sm font-medium text-stone-600">{stat.label}</dt>
          <dd className="mt-3 text-4xl font-semibold tracking-tight text-ink tabular-nums">{number.format(data[stat.key])}</dd>
          <dd className="mt-1 text-xs text-stone-500">{stat.hint}</dd>
        </Card>
      ))}
    </dl>
  );
}
