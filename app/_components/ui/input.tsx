import type { InputHTMLAttributes } from "react";

type InputProps = InputHTMLAttributes<HTMLInputElement> & { invalid?: boolean };

export function Input({ invalid = false, className = "", ...props }: InputProps) {
  return (
    <input
      aria-invalid={invalid || undefined}
      className={
        "block h-11 w-full rounded-xl border bg-white px-3.5 text-base text-ink shadow-sm transition-colors " +
        "placeholder:text-stone-400 focus:outline-none focus-visible:ring-2 focus-visible:ring-offset-1 sm:text-sm " +
        (invalid
          ? "border-red-500 focus-visible:ring-red-500"
          : "border-stone-300 hover:border-stone-400 focus-visible:border-brand-500 focus-visible:ring-brand-500") +
        ` ${className}`
      }
      {...props}
    />
  );
}
