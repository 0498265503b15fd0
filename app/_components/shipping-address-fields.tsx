import type { FieldErrors } from "@/app/_lib/describe-error";
import { FormField } from "./form-field";

// The address part of the checkout form; names match shippingAddressSchema.
export function ShippingAddressFields({ errors, defaultName }: { errors: FieldErrors; defaultName: string }) {
  return (
    <fieldset className="space-y-5">
      <legend className="text-base font-semibold text-ink">Shipping address</legend>
      <FormField id="fullName" name="fullName" label="Full name" autoComplete="shipping name" defaultValue={defaultName} required errors={errors.fullName} />
      <FormField id="line1" name="line1" label="Street address" autoComplete="shipping address-line1" required errors={errors.line1} />
      <FormField id="line2" name="line2" label="Apartment, suite, etc. (optional)" autoComplete="shipping address-line2" errors={errors.line2} />
      <div className="grid gap-5 sm:grid-cols-3">
        <FormField id="city" name="city" label="City" autoComplete="shipping address-level2" required errors={errors.city} />
        <FormField id="postalCode" name="postalCode" label="Postal code" autoComplete="shipping postal-code" required errors={errors.postalCode} />
        <FormField
          id="country"
          name="country"
          label="Country"
          autoComplete="shipping country"
          hint="Two-letter code, e.g. US"
          maxLength={2}
          required
          errors={errors.country}
        />
      </div>
    </fieldset>
  );
}
