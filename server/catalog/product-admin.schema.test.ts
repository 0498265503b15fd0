import { describe, expect, it } from "vitest";
import { centsToPriceText } from "./price-text";
import { priceTextSchema } from "./product-admin.schema";

describe("price text", () => {
  it.each([
    ["24", 2400],
    ["24.5", 2450],
    ["24.50", 2450],
    ["0.07", 7],
    [" 19.99 ", 1999],
    ["100000", 10_000_000],
  ])("reads %j as %i cents", (text, cents) => {
    expect(priceTextSchema.parse(text)).toBe(cents);
  });

  // 100000.01 and up: more than a product may cost (MAX_PRICE_CENTS; a CHECK in the database).
  it.each(["", "-1", "1.999", "1,50", "1e3", "abc", ".5", "1234567", "100000.01", "999999.99"])(
    "refuses %j",
    (text) => {
      expect(priceTextSchema.safeParse(text).success).toBe(false);
    },
  );

  it("writes cents back as text that reads the same", () => {
    for (const cents of [0, 7, 50, 2400, 2450, 9_999_999, 10_000_000])
      expect(priceTextSchema.parse(centsToPriceText(cents))).toBe(cents);
  });
});
