"use client";
import { useRouter } from "next/navigation";
import type { ComponentProps, FormEvent, InputHTMLAttributes, ReactNode } from "react";
import { Button } from "@/app/_components/ui/button";
import { Input } from "@/app/_components/ui/input";
import { Label } from "@/app/_components/ui/label";
import { Select } from "@/app/_components/ui/select";

// A list's filters live in the URL (shareable, the back button works): submitting opens `path`
// with every filled-in field as a query parameter. The page number is not a field, so filtering
// starts again at page 1. An empty choice (a select's placeholder) leaves its filter out.
export function UrlFilterForm({
  path,
  label,
  className,
  submit = { label: "Apply", variant: "secondary" },
  children,
}: {
  path: string;
  label: string;
  className: string;
  submit?: { label: string; variant: "primary" | "secondary"; className?: string };
  children: ReactNode;
}) {
  const router = useRouter();
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const params = new URLSearchParams();
    for (const [key, value] of new FormData(event.currentTarget))
      if (String(value).trim()) params.set(key, String(value).trim());
    router.push(params.size > 0 ? `${path}?${params}` : path);
  }
  return (
    <form role="search" aria-label={label} onSubmit={onSubmit} className={className}>
      {children}
      <Button type="submit" variant={submit.variant} className={submit.className}>
        {submit.label}
      </Button>
    </form>
  );
}

// A page has one filter form, so the field's name makes a unique id.
const idOf = (name: string) => `filter-${name}`;

type FilterInputProps = InputHTMLAttributes<HTMLInputElement> & { name: string; label: string };

export function FilterInput({ name, label, className, ...props }: FilterInputProps) {
  return (
    <div className={className}>
      <Label variant="filter" htmlFor={idOf(name)}>
        {label}
      </Label>
      <Input id={idOf(name)} name={name} className="mt-1" {...props} />
    </div>
  );
}

type FilterSelectProps = ComponentProps<typeof Select> & {
  name: string;
  label: string;
  // The first choice, which leaves the filter out.
  placeholder?: string;
  options: readonly { value: string; label: string }[];
};

export function FilterSelect({ name, label, placeholder = "Any", options, className, ...props }: FilterSelectProps) {
  return (
    <div className={className}>
      <Label variant="filter" htmlFor={idOf(name)}>
        {label}
      </Label>
      <Select id={idOf(name)} name={name} className="mt-1" {...props}>
        <option value="">{placeholder}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </Select>
    </div>
  );
}

// A yes-or-no filter: checked, it sends `value`; unchecked, it is left out.
export function FilterCheckbox({
  name,
  label,
  value = "1",
  defaultChecked,
}: {
  name: string;
  label: string;
  value?: string;
  defaultChecked: boolean;
}) {
  return (
    <label className="flex h-11 items-center gap-2 text-sm whitespace-nowrap text-stone-700">
      <input
        type="checkbox"
        name={name}
        value={value}
        defaultChecked={defaultChecked}
        className="size-4 accent-brand-600"
      />
      {label}
    </label>
  );
}
