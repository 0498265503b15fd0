"use client";
import { useSuspenseQuery } from "@tanstack/react-query";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTRPC } from "@/app/_trpc/react";
import { Skeleton } from "./ui/skeleton";

type Variant = "bar" | "scroller";

const linkStyles: Record<Variant, string> = {
  bar: "rounded-full px-3 py-1.5 text-sm font-medium transition-colors",
  scroller: "shrink-0 rounded-full border px-3.5 py-1.5 text-sm font-medium transition-colors",
};

const stateStyles: Record<Variant, { active: string; idle: string }> = {
  bar: { active: "bg-stone-100 text-ink", idle: "text-stone-600 hover:bg-stone-100 hover:text-ink" },
  scroller: {
    active: "border-ink bg-ink text-white",
    idle: "border-stone-200 bg-white text-stone-700 hover:border-stone-400",
  },
};

export function CategoryNav({ variant }: { variant: Variant }) {
  const trpc = useTRPC();
  const { data: categories } = useSuspenseQuery(trpc.category.list.queryOptions());
  const pathname = usePathname();
  const links = [
    { href: "/products", label: "All products" },
    ...categories.map((c) => ({ href: `/categories/${c.slug}`, label: c.name })),
  ];

  return (
    <ul role="list" className={variant === "bar" ? "flex flex-wrap items-center gap-1" : "flex gap-2"}>
      {links.map((link) => {
        const active = pathname === link.href;
        return (
          <li key={link.href} className="shrink-0">
            <Link
              href={link.href}
              aria-current={active ? "page" : undefined}
              className={`${linkStyles[variant]} ${active ? stateStyles[variant].active : stateStyles[variant].idle} block whitespace-nowrap focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600`}
            >
              {link.label}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}

// As tall as the links it stands for (bar: 32 px; chips: 32 px plus their border), so the
// header does not grow when the categories arrive.
export function CategoryNavSkeleton({ variant }: { variant: Variant }) {
  return (
    <div aria-hidden="true" className="flex items-center gap-2">
      {["w-24", "w-16", "w-12", "w-20", "w-16", "w-14", "w-32"].map((width, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: identical placeholders, never reordered
        <Skeleton key={index} className={`${width} shrink-0 rounded-full ${variant === "bar" ? "h-8" : "h-[34px]"}`} />
      ))}
    </div>
  );
}
