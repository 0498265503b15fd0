import type { InputHTMLAttributes } from "react";
import { Input } from "./ui/input";

type Props = InputHTMLAttributes<HTMLInputElement> & {
  id: string;
  label: string;
  hint?: string;
  errors?: string[] | undefined;
};

// Label, input, hint and error text wired together for assistive technology.
export function FormField({ id, label, hint, errors, ...inputProps }: Props) {
  const error = errors?.[0];
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(" ") || undefined;
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-ink">
        {label}
      </label>
      <Input id={id} invalid={Boolean(error)} aria-describedby={describedBy} className="mt-1.5" {...inputProps} />
      {hint && !error && (
        <p id={hintId} className="mt-1.5 text-sm text-stone-500">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="mt-1.5 text-sm text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}
