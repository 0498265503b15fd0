// Countries, their subdivisions and how an address is written in each: shared by the checkout
// schema, the address form and every place an address is shown (pages and emails). Browser-safe.
import { COUNTRY_CODES } from "./countries.data";
import { SUBDIVISIONS } from "./subdivisions.data";

const countryCodes: ReadonlySet<string> = new Set(COUNTRY_CODES);
export const isCountryCode = (code: string) => countryCodes.has(code);

// Country names in the reader's language, from the browser's or Node's own ICU data.
export function countryName(code: string, locale = "en"): string {
  try {
    return new Intl.DisplayNames([locale, "en"], { type: "region" }).of(code) ?? code;
  } catch {
    return code;
  }
}

export type CountryOption = { code: string; name: string };

export function countryOptions(locale = "en"): CountryOption[] {
  const names = new Intl.DisplayNames([locale, "en"], { type: "region" });
  const collator = new Intl.Collator([locale, "en"]);
  return COUNTRY_CODES.map((code) => ({ code, name: names.of(code) ?? code })).sort((a, b) =>
    collator.compare(a.name, b.name),
  );
}

// The country a locale such as "en-US" names, when it names one ("en" alone names none).
export function countryOfLocale(locale: string): string | undefined {
  try {
    const region = new Intl.Locale(locale).region;
    return region && isCountryCode(region) ? region : undefined;
  } catch {
    return undefined;
  }
}

export const subdivisionsOf = (country: string) => SUBDIVISIONS[country];

export type DisplayedAddress = {
  fullName: string;
  line1: string;
  line2?: string | null | undefined;
  city: string;
  // Absent on orders placed before regions were asked for.
  region?: string | null | undefined;
  postalCode: string;
  country: string;
};

const withRegion = ["US", "CA", "AU"];
// Postal code on its own line, under the town (Royal Mail, An Post, Correios).
const postalCodeBelow = ["GB", "IE", "BR"];
// Town first, then the postal code, on one line.
const postalCodeAfter = ["JP", "IN", "NZ", "SG", "KR"];

// The town line(s), in the order the country's post reads them: "Portland, OR 97201",
// "75008 Paris", "London" then "SW1A 1AA".
function localityLines({ city, region, postalCode, country }: DisplayedAddress): string[] {
  const join = (...parts: (string | null | undefined)[]) => parts.filter(Boolean).join(" ");
  if (withRegion.includes(country)) {
    const town = country === "US" && region ? `${city},` : city;
    return [join(town, region, postalCode)];
  }
  if (postalCodeBelow.includes(country)) return [city, postalCode].filter(Boolean);
  if (postalCodeAfter.includes(country)) return [join(city, postalCode)];
  return [join(postalCode, city)];
}

export function addressLines(address: DisplayedAddress, locale = "en"): string[] {
  return [
    address.fullName,
    address.line1,
    address.line2 ?? "",
    ...localityLines(address),
    countryName(address.country, locale),
  ].filter(Boolean);
}
