"use client";
import { usePathname, useRouter } from "next/navigation";
import {
  type ComponentProps,
  createContext,
  type FormEvent,
  type InputHTMLAttributes,
  type ReactNode,
  use,
} from "react";
import { Button } from "@/app/_components/ui/button";
import { Input } from "@/app/_components/ui/input";
import { Label } from "@/app/_components/ui/label";
import { Select } from "@/app/_components/ui/select";

// The filters the page is showing now, by field name: each field starts from its own value.
export type FilterValues = Readonly<Record<string, string | number | boolean | null | undefined>>;
const FilterValuesContext = createContext<FilterValues>({});

function useFilterText(name: string): string {
  const value = use(FilterValuesContext)[name];
  return typeof value === "string" || typeof value === "number" ? String(value) : "";
}

// A list's filters live in the URL (shareable, the back button works): submitting opens the
// same page with every filled-in field as a query parameter. The page number is not a field, so
// filtering starts again at page 1. An empty choice (a select's placeholder) leaves its filter out.
// Fields and the button line up on their bottom edge; `layout` says grid or row and the columns.
export function UrlFilterForm({
  label,
  values,
  layout,
  submit = { label: "Apply", variant: "secondary" },
  children,
}: {
  label: string;
  values: FilterValues;
  layout: string;
  submit?: { label: string; variant: "primary" | "secondary"; className?: string };
  children: ReactNode;
}) {
  const router = useRouter();
  const path = usePathname();
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const params = new URLSearchParams();
    for (const [key, value] of new FormData(event.currentTarget))
      if (String(value).trim()) params.set(key, String(value).trim());
    router.push(params.size > 0 ? `${path}?${params}` : path);
  }
  return (
    <form role="search" aria-label={label} onSubmit={onSubmit} className={`items-end gap-3 ${layout}`}>
      <FilterValuesContext value={values}>{children}</FilterValuesContext>
      <Button type="submit" variant={submit.variant} className={submit.className}>
        {submit.label}
      </Button>
    </form>
  );
}

// A page has one filter form, so the field's name makes a unique id.
const idOf = (name: string) => `filter-${name}`;

type FilterInputProps = Omit<InputHTMLAttributes<HTMLInputElement>, "defaultValue"> & { name: string; label: string };

function FilterField({
  name,
  label,
  className,
  children,
}: {
  name: string;
  label: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <div className={className}>
      <Label variant="filter" htmlFor={idOf(name)}>
        {label}
      </Label>
      {children}
    </div>
  );
}

export function FilterInput({ name, label, className, ...props }: FilterInputProps) {
  return (
    <FilterField name={name} label={label} className={className}>
      <Input id={idOf(name)} name={name} defaultValue={useFilterText(name)} className="mt-1" {...props} />
    </FilterField>
  );
}

type FilterSelectProps = Omit<ComponentProps<typeof Select>, "defaultValue"> & {
  name: string;
  label: string;
  // The first choice, which leaves the filter out.
  placeholder?: string;
  options: readonly { value: string; label: string }[];
};

export function FilterSelect({ name, label, placeholder = "Any", options, className, ...props }: FilterSelectProps) {
  return (
    <FilterField name={name} label={label} className={className}>
      <Select id={idOf(name)} name={name} defaultValue={useFilterText(name)} className="mt-1" {...props}>
        <option value="">{placeholder}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </Select>
    </FilterField>
  );
}

// A yes-or-no filter: checked, it sends `value`; unchecked, it is left out.
export function FilterCheckbox({ name, label, value = "1" }: { name: string; label: string; value?: string }) {
  const checked = use(FilterValuesContext)[name] === true;
  return (
    <label className="flex h-11 items-center gap-2 text-sm whitespace-nowrap text-stone-700">
      <input type="checkbox" name={name} value={value} defaultChecked={checked} className="size-4 accent-brand-600" />
      {label}
    </label>
  );
}
