import { FormField } from "./form-field";

// Where a password is chosen (sign-up, reset, change): the same hint and autofill wherever it is.
export function NewPasswordField({
  id,
  name,
  label,
  errors,
}: {
  id: string;
  name: string;
  label: string;
  errors: string[] | undefined;
}) {
  return (
    <FormField
      id={id}
      name={name}
      type="password"
      label={label}
      hint="8–128 characters"
      autoComplete="new-password"
      required
      errors={errors}
    />
  );
}
