// Postal code formats of the countries most orders go to: required, checked, and written the way
// the national post prints them ("sw1a1aa" → "SW1A 1AA"). Elsewhere a postal code is optional
// (many countries have none) and only bounded, so no real address is ever refused.
type PostalRule = { pattern: RegExp; format: string; what: string; example: string; label?: "ZIP code" | "Postcode" };

const digits = (count: number, what: string, example: string): PostalRule => ({
  pattern: new RegExp(`^(\\d{${count}})$`),
  format: "$1",
  what,
  example,
});

const rules: Partial<Record<string, PostalRule>> = {
  US: {
    pattern: /^(\d{5})(?:[ -]?(\d{4}))?$/,
    format: "$1-$2",
    what: "a US ZIP code",
    example: "97201",
    label: "ZIP code",
  },
  CA: {
    pattern: /^([ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z]) ?(\d[ABCEGHJ-NPRSTV-Z]\d)$/,
    format: "$1 $2",
    what: "a Canadian postal code",
    example: "K1A 0B1",
  },
  GB: {
    pattern: /^([A-Z]{1,2}\d[A-Z\d]?|GIR) ?(\d[A-Z]{2})$/,
    format: "$1 $2",
    what: "a UK postcode",
    example: "SW1A 1AA",
    label: "Postcode",
  },
  IE: {
    pattern: /^([AC-FHKNPRTV-Y]\d{2}|D6W) ?([0-9AC-FHKNPRTV-Y]{4})$/,
    format: "$1 $2",
    what: "an Irish Eircode",
    example: "D02 X285",
    label: "Postcode",
  },
  NL: {
    pattern: /^([1-9]\d{3}) ?((?!SA|SD|SS)[A-Z]{2})$/,
    format: "$1 $2",
    what: "a Dutch postcode",
    example: "1012 AB",
    label: "Postcode",
  },
  JP: { pattern: /^(\d{3})-?(\d{4})$/, format: "$1-$2", what: "a Japanese postal code", example: "100-0001" },
  PT: { pattern: /^(\d{4})-?(\d{3})$/, format: "$1-$2", what: "a Portuguese postal code", example: "1100-148" },
  PL: { pattern: /^(\d{2})-?(\d{3})$/, format: "$1-$2", what: "a Polish postal code", example: "00-950" },
  BR: { pattern: /^(\d{5})-?(\d{3})$/, format: "$1-$2", what: "a Brazilian CEP", example: "01310-100" },
  SE: { pattern: /^(\d{3}) ?(\d{2})$/, format: "$1 $2", what: "a Swedish postcode", example: "113 51" },
  CZ: { pattern: /^(\d{3}) ?(\d{2})$/, format: "$1 $2", what: "a Czech postal code", example: "110 00" },
  AU: { ...digits(4, "an Australian postcode", "2000"), label: "Postcode" },
  NZ: { ...digits(4, "a New Zealand postcode", "6011"), label: "Postcode" },
  DE: digits(5, "a German postal code", "10115"),
  FR: digits(5, "a French postal code", "75008"),
  ES: digits(5, "a Spanish postal code", "28013"),
  IT: digits(5, "an Italian postal code", "00184"),
  FI: digits(5, "a Finnish postal code", "00100"),
  MX: digits(5, "a Mexican postal code", "06600"),
  BE: digits(4, "a Belgian postal code", "1000"),
  AT: digits(4, "an Austrian postal code", "1010"),
  CH: digits(4, "a Swiss postal code", "8001"),
  DK: digits(4, "a Danish postal code", "1050"),
  NO: digits(4, "a Norwegian postal code", "0150"),
  IN: digits(6, "an Indian PIN code", "110001"),
  SG: digits(6, "a Singapore postal code", "018956"),
};

// Anywhere else: letters, digits, spaces and hyphens, at most 12 (the longest in use are 10).
const generic = /^[A-Z0-9](?:[A-Z0-9 -]{0,10}[A-Z0-9])?$/;

export const postalCodeLabel = (country: string) => rules[country]?.label ?? "Postal code";
export const postalCodeRequired = (country: string) => rules[country] !== undefined;

export type PostalCodeCheck = { ok: true; postalCode: string } | { ok: false; message: string };

export function checkPostalCode(country: string, text: string): PostalCodeCheck {
  const value = text.trim().toUpperCase().replace(/\s+/g, " ");
  const rule = rules[country];
  if (!rule) {
    if (value === "" || generic.test(value)) return { ok: true, postalCode: value };
    return { ok: false, message: "Enter a postal code of letters and digits (12 at most)" };
  }
  const match = rule.pattern.exec(value);
  if (!match) return { ok: false, message: `Enter ${rule.what}, like ${rule.example}` };
  // An optional part left out (a US ZIP without its +4) leaves no trailing separator behind.
  return { ok: true, postalCode: value.replace(rule.pattern, rule.format).replace(/[ -]$/, "") };
}
