import type { LabelHTMLAttributes } from "react";

// "field": above a form's control; "filter": the smaller, quieter label of a list's filters.
const variants = {
  field: "text-sm font-medium text-ink",
  filter: "text-xs font-medium text-stone-600",
};

type LabelProps = LabelHTMLAttributes<HTMLLabelElement> & { variant?: keyof typeof variants };

export function Label({ variant = "field", className = "", ...props }: LabelProps) {
  return <label className={`block ${variants[variant]} ${className}`} {...props} />;
}
