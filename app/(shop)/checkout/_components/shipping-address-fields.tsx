"use client";
import { useMemo, useState } from "react";
import type { FieldErrors } from "@/app/_lib/describe-error";
import { useBrowserLocale } from "@/app/(shop)/checkout/_lib/use-browser-locale";
import { countryOfLocale, countryOptions, subdivisionsOf } from "@/server/checkout/address";
import { postalCodeLabel, postalCodeRequired } from "@/server/checkout/postal-codes";
import { FormField } from "@/app/_components/form-field";
import { SelectField } from "@/app/_components/select-field";

// The address part of the checkout form; names match shippingAddressSchema. The country comes
// first because it decides the rest: whether a state is asked for, and what the postal code is
// called and looks like. Country names are in the shopper's language.
// `onCountryChange`: messages about the state or postal code were about the previous country.
export function ShippingAddressFields({
  errors,
  defaultName,
  onCountryChange,
}: {
  errors: FieldErrors;
  defaultName: string;
  onCountryChange: () => void;
}) {
  const locale = useBrowserLocale();
  // Filled in right after hydration (see useBrowserLocale).
  const countries = useMemo(
    () => (locale ? countryOptions(locale).map(({ code, name }) => ({ value: code, label: name })) : []),
    [locale],
  );
  // Until the shopper picks one, the country their browser's language names (en-US → US).
  const [chosen, setChosen] = useState<string | null>(null);
  const country = chosen ?? (locale && countryOfLocale(locale)) ?? "";
  const subdivisions = subdivisionsOf(country);
  const postalLabel = postalCodeLabel(country);

  return (
    <fieldset className="space-y-5">
      <legend className="text-base font-semibold text-ink">Shipping address</legend>
      <FormField
        id="fullName"
        name="fullName"
        label="Full name"
        autoComplete="shipping name"
        defaultValue={defaultName}
        required
        errors={errors.fullName}
      />
      <SelectField
        id="country"
        name="country"
        label="Country"
        autoComplete="shipping country"
        value={country}
        onChange={(event) => {
          setChosen(event.target.value);
          onCountryChange();
        }}
        placeholder="Choose a country…"
        options={countries}
        required
        errors={errors.country}
      />
      <FormField
        id="line1"
        name="line1"
        label="Street address"
        autoComplete="shipping address-line1"
        required
        errors={errors.line1}
      />
      <FormField
        id="line2"
        name="line2"
        label="Apartment, suite, etc. (optional)"
        autoComplete="shipping address-line2"
        errors={errors.line2}
      />
      <div className={`grid gap-5 ${subdivisions ? "sm:grid-cols-3" : "sm:grid-cols-2"}`}>
        <FormField
          id="city"
          name="city"
          label="City"
          autoComplete="shipping address-level2"
          required
          errors={errors.city}
        />
        {subdivisions && (
          <SelectField
            // A new list for each country: a state chosen for one never carries over to another.
            key={country}
            id="region"
            name="region"
            label={subdivisions.label}
            autoComplete="shipping address-level1"
            defaultValue=""
            placeholder="Choose…"
            options={subdivisions.list.map(([code, name]) => ({ value: code, label: name }))}
            required
            errors={errors.region}
          />
        )}
        <FormField
          id="postalCode"
          name="postalCode"
          label={postalCodeRequired(country) || !country ? postalLabel : `${postalLabel} (optional)`}
          autoComplete="shipping postal-code"
          required={postalCodeRequired(country)}
          errors={errors.postalCode}
        />
      </div>
    </fieldset>
  );
}
