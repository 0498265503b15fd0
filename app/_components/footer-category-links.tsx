"use client";
import { useSuspenseQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useTRPC } from "@/app/_trpc/react";

export function FooterCategoryLinks() {
  const trpc = useTRPC();
  const { data: categories } = useSuspenseQuery(trpc.category.list.queryOptions());
  const links = [
    { href: "/products", label: "All products" },
    ...categories.map((c) => ({ href: `/categories/${c.slug}`, label: c.name })),
  ];
  return (
    <ul role="list" className="mt-4 grid grid-cols-2 gap-x-6 gap-y-3 sm:grid-cols-3">
      {links.map((link) => (
        <li key={link.href}>
          <Link
            href={link.href}
            className="rounded text-sm text-stone-600 hover:text-ink focus-visible:outline-2 focus-visible:outline-brand-600"
          >
            {link.label}
          </Link>
        </li>
      ))}
    </ul>
  );
}
