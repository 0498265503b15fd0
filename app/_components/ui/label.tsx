import type { LabelHTMLAttributes } from "react";

// "field": above a form's control; "filter": the smaller, quieter label of a list's filters.
const variants = {
  field: "text-sm font-medium text-ink",
  filter: "text-xs font-medium text-stone-600",
};

// Always for one control, named by its id.
type LabelProps = LabelHTMLAttributes<HTMLLabelElement> & { htmlFor: string; variant?: keyof typeof variants };

export function Label({ htmlFor, variant = "field", className = "", children, ...props }: LabelProps) {
  return (
    <label htmlFor={htmlFor} className={`block ${variants[variant]} ${className}`} {...props}>
      {children}
    </label>
  );
}
