import { describe, expect, it } from "vitest";
import { shippingAddressSchema } from "./checkout.schema";

const address = {
  fullName: "Sam Rivera",
  line1: "1 Main Street",
  city: "Portland",
  region: "or",
  postalCode: "97201",
  country: "us",
};

describe("shippingAddressSchema", () => {
  it("refuses anything that is not an address object with an issue, never a thrown error", () => {
    for (const input of [undefined, null, "1 Main Street", 42, [], true]) {
      const parsed = shippingAddressSchema.safeParse(input);
      expect(parsed.success, JSON.stringify(input)).toBe(false);
    }
  });

  it("checks the state and postal code against the country, with every other problem at once", () => {
    expect(shippingAddressSchema.parse(address)).toMatchObject({ region: "OR", country: "US" });
    const parsed = shippingAddressSchema.safeParse({ ...address, city: "", region: "ZZ" });
    expect(parsed.error?.issues.map((issue) => issue.path.join("."))).toEqual(["city", "region"]);
  });
});
