import type { SelectHTMLAttributes } from "react";

type SelectProps = SelectHTMLAttributes<HTMLSelectElement> & { invalid?: boolean; width?: "full" | "auto" };

// A native select styled like Input, so a form's fields line up. "auto" fits the longest
// option, for a select that sits in a row with other controls.
export function Select({ invalid = false, width = "full", className = "", ...props }: SelectProps) {
  return (
    <select
      aria-invalid={invalid || undefined}
      className={
        `block h-11 ${width === "full" ? "w-full" : "w-auto"} rounded-xl border bg-white px-3 text-base text-ink shadow-sm transition-colors ` +
        "focus:outline-none focus-visible:ring-2 focus-visible:ring-offset-1 sm:text-sm " +
        (invalid
          ? "border-red-500 focus-visible:ring-red-500"
          : "border-stone-300 hover:border-stone-400 focus-visible:border-brand-500 focus-visible:ring-brand-500") +
        ` ${className}`
      }
      {...props}
    />
  );
}
