import { FormField } from "@/app/_components/form-field";

// The email field of the sign-in, sign-up and reset forms: one name and autocomplete hint, so
// password managers fill all three.
export function EmailField({ errors }: { errors?: string[] | undefined }) {
  return <FormField id="email" name="email" type="email" label="Email" autoComplete="email" required errors={errors} />;
}
