import type { SelectHTMLAttributes } from "react";
import { Field } from "@/app/_components/form-field";
import { Select } from "@/app/_components/ui/select";

type Props = SelectHTMLAttributes<HTMLSelectElement> & {
  id: string;
  label: string;
  hint?: string;
  errors?: string[] | undefined;
  options: readonly { value: string; label: string }[];
  // The first, empty choice ("Choose…").
  placeholder?: string;
};

export function SelectField({ id, label, hint, errors, options, placeholder, ...selectProps }: Props) {
  return (
    <Field
      id={id}
      label={label}
      hint={hint}
      errors={errors}
      control={(wiring) => (
        <Select {...wiring} {...selectProps}>
          {placeholder !== undefined && <option value="">{placeholder}</option>}
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </Select>
      )}
    />
  );
}
