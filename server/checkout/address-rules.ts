// The checks on an address that need more than one field: the state or province the country
// asks for, and the postal code in the country's format. Browser-safe.
import type { z } from "../lib/zod";
import { countryName, subdivisionsOf } from "./address";
import { checkPostalCode } from "./postal-codes";

type Place = { country: string; region?: string | undefined; postalCode: string };

// Fields these checks read: they wait until the address is an object and each of these parsed
// on its own (another field's problem does not stop them: the shopper sees every problem at once).
const placeFields: ReadonlySet<string> = new Set(["country", "region", "postalCode"]);
export function placeParsed(payload: z.core.ParsePayload): boolean {
  if (typeof payload.value !== "object" || payload.value === null || Array.isArray(payload.value)) return false;
  return !payload.issues.some((issue) => placeFields.has(String(issue.path?.[0])));
}

export function checkPlace(address: Place, context: z.core.$RefinementCtx<Place>): void {
  const subdivisions = subdivisionsOf(address.country);
  if (subdivisions && !subdivisions.list.some(([code]) => code === address.region)) {
    context.addIssue({ code: "custom", path: ["region"], message: subdivisions.choose });
  }
  if (!subdivisions && address.region) {
    context.addIssue({
      code: "custom",
      path: ["region"],
      message: `Addresses in ${countryName(address.country)} take no state or province here`,
    });
  }
  const postal = checkPostalCode(address.country, address.postalCode);
  if (!postal.ok) context.addIssue({ code: "custom", path: ["postalCode"], message: postal.message });
}

// Postal codes as the national post writes them; an empty region is no region.
export function tidyPlace<Address extends Place>(address: Address): Address {
  const postal = checkPostalCode(address.country, address.postalCode);
  const { region, ...rest } = address;
  return {
    ...rest,
    ...(region ? { region } : {}),
    postalCode: postal.ok ? postal.postalCode : address.postalCode,
  } as Address;
}
