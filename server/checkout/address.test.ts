import { describe, expect, it } from "vitest";
import { addressLines, countryName, countryOfLocale, countryOptions, isCountryCode } from "./address";
import { COUNTRY_CODES } from "./countries.data";
import { checkPostalCode, postalCodeLabel } from "./postal-codes";

const base = { fullName: "Sam Rivera", line1: "1 Main Street" };

describe("addressLines", () => {
  it("writes the town line the way each country's post reads it", () => {
    expect(addressLines({ ...base, city: "Portland", region: "OR", postalCode: "97201", country: "US" })).toEqual([
      "Sam Rivera",
      "1 Main Street",
      "Portland, OR 97201",
      "United States",
    ]);
    expect(addressLines({ ...base, city: "Paris", postalCode: "75008", country: "FR" }).slice(2)).toEqual([
      "75008 Paris",
      "France",
    ]);
    expect(addressLines({ ...base, city: "London", postalCode: "SW1A 1AA", country: "GB" }).slice(2)).toEqual([
      "London",
      "SW1A 1AA",
      "United Kingdom",
    ]);
    expect(
      addressLines({ ...base, city: "Ottawa", region: "ON", postalCode: "K1A 0B1", country: "CA" }).slice(2),
    ).toEqual(["Ottawa ON K1A 0B1", "Canada"]);
    expect(
      addressLines({ ...base, city: "Sydney", region: "NSW", postalCode: "2000", country: "AU" }).slice(2),
    ).toEqual(["Sydney NSW 2000", "Australia"]);
    expect(addressLines({ ...base, city: "Tokyo", postalCode: "100-0001", country: "JP" }).slice(2)).toEqual([
      "Tokyo 100-0001",
      "Japan",
    ]);
  });

  it("keeps the second line, and shows old orders without a region or postal code", () => {
    expect(
      addressLines({ ...base, line2: "Apt 4", city: "Portland", region: null, postalCode: "97201", country: "US" }),
    ).toEqual(["Sam Rivera", "1 Main Street", "Apt 4", "Portland 97201", "United States"]);
    expect(addressLines({ ...base, line2: null, city: "Hong Kong", postalCode: "", country: "HK" }).slice(2)).toEqual([
      "Hong Kong",
      "Hong Kong SAR China",
    ]);
  });

  it("names the country in the reader's language", () => {
    expect(addressLines({ ...base, city: "Berlin", postalCode: "10115", country: "DE" }, "de").at(-1)).toBe(
      "Deutschland",
    );
    expect(countryName("NL", "fr")).toBe("Pays-Bas");
  });
});

describe("countries", () => {
  it("lists all 249 ISO 3166-1 codes, each with a real name, sorted in the reader's language", () => {
    expect(new Set(COUNTRY_CODES).size).toBe(249);
    const english = countryOptions("en");
    expect(english).toHaveLength(249);
    expect(english.every((option) => option.name !== option.code)).toBe(true);
    expect(english[0]).toEqual({ code: "AF", name: "Afghanistan" });
    // German sorts Österreich among the Os.
    const german = countryOptions("de").map((option) => option.name);
    expect(german.indexOf("Österreich")).toBeGreaterThan(german.indexOf("Oman"));
    expect(german.indexOf("Österreich")).toBeLessThan(german.indexOf("Pakistan"));
  });

  it("knows codes, not look-alikes, and the country of a locale", () => {
    expect(isCountryCode("GB")).toBe(true);
    expect(["UK", "EU", "XK", "ZZ", "gb"].some(isCountryCode)).toBe(false);
    expect(countryOfLocale("en-US")).toBe("US");
    expect(countryOfLocale("fr-CA")).toBe("CA");
    expect(countryOfLocale("en")).toBeUndefined();
    expect(countryOfLocale("not a locale")).toBeUndefined();
  });
});

describe("checkPostalCode", () => {
  it("accepts and tidies the formats of common countries", () => {
    const tidy = (country: string, text: string) => checkPostalCode(country, text);
    expect(tidy("US", "97201")).toEqual({ ok: true, postalCode: "97201" });
    expect(tidy("US", "97201 1234")).toEqual({ ok: true, postalCode: "97201-1234" });
    expect(tidy("CA", "k1a0b1")).toEqual({ ok: true, postalCode: "K1A 0B1" });
    expect(tidy("GB", " sw1a1aa ")).toEqual({ ok: true, postalCode: "SW1A 1AA" });
    expect(tidy("GB", "GIR 0AA")).toEqual({ ok: true, postalCode: "GIR 0AA" });
    expect(tidy("NL", "3511ab")).toEqual({ ok: true, postalCode: "3511 AB" });
    expect(tidy("JP", "1000001")).toEqual({ ok: true, postalCode: "100-0001" });
    expect(tidy("DE", "10115")).toEqual({ ok: true, postalCode: "10115" });
    expect(tidy("PT", "1100-148")).toEqual({ ok: true, postalCode: "1100-148" });
  });

  it("says what a postal code looks like in that country", () => {
    expect(checkPostalCode("US", "9720")).toEqual({ ok: false, message: "Enter a US ZIP code, like 97201" });
    expect(checkPostalCode("US", "")).toEqual({ ok: false, message: "Enter a US ZIP code, like 97201" });
    expect(checkPostalCode("GB", "SW1A")).toEqual({ ok: false, message: "Enter a UK postcode, like SW1A 1AA" });
    expect(checkPostalCode("FR", "7500")).toEqual({ ok: false, message: "Enter a French postal code, like 75008" });
    expect(checkPostalCode("AU", "20000")).toEqual({ ok: false, message: "Enter an Australian postcode, like 2000" });
    expect(checkPostalCode("NL", "1012 SS")).toEqual({ ok: false, message: "Enter a Dutch postcode, like 1012 AB" });
    expect(postalCodeLabel("US")).toBe("ZIP code");
    expect(postalCodeLabel("FR")).toBe("Postal code");
  });

  it("elsewhere takes none, or anything shaped like a postal code", () => {
    expect(checkPostalCode("HK", "")).toEqual({ ok: true, postalCode: "" });
    expect(checkPostalCode("AR", "c1425 dka")).toEqual({ ok: true, postalCode: "C1425 DKA" });
    expect(checkPostalCode("AR", "C1425-DKA-EXTRA")).toEqual({
      ok: false,
      message: "Enter a postal code of letters and digits (12 at most)",
    });
    expect(checkPostalCode("AR", "12#4")).toMatchObject({ ok: false });
  });
});
