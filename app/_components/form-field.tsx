import type { InputHTMLAttributes, ReactNode } from "react";
import { Input } from "./ui/input";

type FieldProps = {
  id: string;
  label: string;
  hint?: string | undefined;
  errors?: string[] | undefined;
};

// What a control needs to be described by its hint and error.
export type ControlWiring = { id: string; invalid: boolean; "aria-describedby": string | undefined };

// Label, control, hint and error text wired together for assistive technology.
export function Field({
  id,
  label,
  hint,
  errors,
  control,
}: FieldProps & { control: (wiring: ControlWiring) => ReactNode }) {
  const error = errors?.[0];
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const describedBy = [hint && !error ? hintId : null, error ? errorId : null].filter(Boolean).join(" ") || undefined;
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-ink">
        {label}
      </label>
      <div className="mt-1.5">{control({ id, invalid: Boolean(error), "aria-describedby": describedBy })}</div>
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

type Props = InputHTMLAttributes<HTMLInputElement> & FieldProps;

export function FormField({ id, label, hint, errors, ...inputProps }: Props) {
  return (
    <Field
      id={id}
      label={label}
      hint={hint}
      errors={errors}
      control={(wiring) => <Input {...wiring} {...inputProps} />}
    />
  );
}
