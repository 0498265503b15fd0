import Link from "next/link";
import type { ReactNode } from "react";
import { HydrateClient } from "@/app/_trpc/server";

// A page about one record (or a new one): the way back to its list above it, and what the page
// prefetched handed to the client components below.
export function AdminDetailShell({
  back,
  className = "",
  children,
}: {
  back: { href: string; label: string };
  className?: string;
  children: ReactNode;
}) {
  return (
    <HydrateClient>
      <Link href={back.href} className="text-sm font-medium text-brand-700 hover:text-brand-600">
        ← {back.label}
      </Link>
      <div className={`mt-3 ${className}`}>{children}</div>
    </HydrateClient>
  );
}
