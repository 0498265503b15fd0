import Link from "next/link";
import type { ReactNode } from "react";

// The way up from an account page to the page that lists it.
export function BackLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <Link href={href} className="text-sm font-medium text-brand-700 hover:text-brand-600">
      ← {children}
    </Link>
  );
}
