import Link from "next/link";
import type { ComponentProps } from "react";

// An inline link in running text, in the brand colour.
export function TextLink({ className = "", ...props }: ComponentProps<typeof Link>) {
  return (
    <Link
      className={`rounded font-medium text-brand-700 underline-offset-4 hover:text-brand-600 hover:underline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600 ${className}`}
      {...props}
    />
  );
}
