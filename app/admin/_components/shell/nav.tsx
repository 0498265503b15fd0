"use client";
import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTRPC } from "@/app/_trpc/react";
import { useNewOrderCount } from "./new-orders";

const sections = [
  { href: "/admin", label: "Overview" },
  { href: "/admin/products", label: "Products" },
  { href: "/admin/orders", label: "Orders" },
  { href: "/admin/customers", label: "Customers" },
  { href: "/admin/support", label: "Support" },
  { href: "/admin/jobs", label: "Jobs" },
  { href: "/admin/audit", label: "Audit log" },
];

function isCurrent(pathname: string, href: string): boolean {
  return href === "/admin" ? pathname === href : pathname === href || pathname.startsWith(`${href}/`);
}

export function AdminNav() {
  const pathname = usePathname();
  const newOrders = useNewOrderCount();
  const trpc = useTRPC();
  // Not prefetched: the count appears after hydration (StaffLive refetches it on each event).
  const { data: support } = useQuery(trpc.admin.support.unreadCount.queryOptions());
  const badges: Record<string, { count: number; label: string }> = {
    "/admin/orders": { count: newOrders, label: "new" },
    "/admin/support": { count: support?.conversations ?? 0, label: "unread" },
  };
  return (
    <nav aria-label="Staff dashboard">
      {/* Phones: every section at a glance in a 3-column grid; tablets: one wrapping row; desktop: a sidebar. */}
      <ul
        role="list"
        className="grid grid-cols-3 gap-1 rounded-xl bg-white p-1 ring-1 ring-stone-200 sm:flex sm:flex-wrap lg:flex-col lg:bg-transparent lg:p-0 lg:ring-0"
      >
        {sections.map((section) => {
          const current = isCurrent(pathname, section.href);
          return (
            <li key={section.href}>
              <Link
                href={section.href}
                aria-current={current ? "page" : undefined}
                className={`block rounded-lg px-3 py-2 text-center text-sm font-medium whitespace-nowrap lg:text-left focus-visible:outline-2 focus-visible:outline-brand-600 ${
                  current ? "bg-brand-50 text-brand-700" : "text-stone-600 hover:bg-stone-100 hover:text-ink"
                }`}
              >
                {section.label}
                {(badges[section.href]?.count ?? 0) > 0 && (
                  <span className="ml-2 rounded-full bg-brand-600 px-1.5 py-0.5 text-xs font-semibold text-white tabular-nums">
                    {badges[section.href]?.count}
                    <span className="sr-only"> {badges[section.href]?.label}</span>
                  </span>
                )}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
