import type { InputHTMLAttributes } from "react";
import { Input } from "./ui/input";

type Props = InputHTMLAttributes<HTMLInputElement> & { id: string; label: string; errors?: string[] | undefined };

// Label, input and error text wired together for assistive technology.
export function FormField({ id, label, errors, ...inputProps }: Props) {
  const error = errors?.[0];
  const errorId = `${id}-error`;
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-ink">
        {label}
      </label>
      <Input id={id} invalid={Boolean(error)} aria-describedby={error ? errorId : undefined} className="mt-1.5" {...inputProps} />
      {error && (
        <p id={errorId} className="mt-1.5 text-sm text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}
