"use client";
import { useSuspenseQuery } from "@tanstack/react-query";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTRPC } from "@/app/_trpc/react";
import { Skeleton } from "./ui/skeleton";

// One list at every width: outlined chips in a row that swipes on phones and tablets, a plain
// bar from lg. The breakpoint classes restyle the same links, so the page carries and hydrates
// each category once.
const LINK =
  "block shrink-0 whitespace-nowrap rounded-full border px-3.5 py-1.5 text-sm font-medium transition-colors lg:border-0 lg:px-3 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600";
const ACTIVE = "border-ink bg-ink text-white lg:bg-stone-100 lg:text-ink";
const IDLE =
  "border-stone-200 bg-white text-stone-700 hover:border-stone-400 lg:bg-transparent lg:text-stone-600 lg:hover:bg-stone-100 lg:hover:text-ink";

export function CategoryNav() {
  const trpc = useTRPC();
  const { data: categories } = useSuspenseQuery(trpc.category.list.queryOptions());
  const pathname = usePathname();
  const links = [
    { href: "/products", label: "All products" },
    ...categories.map((c) => ({ href: `/categories/${c.slug}`, label: c.name })),
  ];

  return (
    <ul role="list" className="flex gap-2 lg:flex-wrap lg:items-center lg:gap-1">
      {links.map((link) => {
        const active = pathname === link.href;
        return (
          <li key={link.href} className="shrink-0">
            <Link
              href={link.href}
              aria-current={active ? "page" : undefined}
              className={`${LINK} ${active ? ACTIVE : IDLE}`}
            >
              {link.label}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}

// As tall as the links it stands for (chips: 32 px plus their border; bar: 32 px), so the
// header does not grow when the categories arrive.
export function CategoryNavSkeleton() {
  return (
    <div aria-hidden="true" className="flex items-center gap-2">
      {["w-24", "w-16", "w-12", "w-20", "w-16", "w-14", "w-32"].map((width, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: identical placeholders, never reordered
        <Skeleton key={index} className={`${width} h-[34px] shrink-0 rounded-full lg:h-8`} />
      ))}
    </div>
  );
}
