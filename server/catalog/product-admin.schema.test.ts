import { describe, expect, it } from "vitest";
import { centsToPriceText, priceTextSchema } from "./product-admin.schema";

describe("price text", () => {
  it.each([
    ["24", 2400],
    ["24.5", 2450],
    ["24.50", 2450],
    ["0.07", 7],
    [" 19.99 ", 1999],
    ["999999.99", 99_999_999],
  ])("reads %j as %i cents", (text, cents) => {
    expect(priceTextSchema.parse(text)).toBe(cents);
  });

  it.each(["", "-1", "1.999", "1,50", "1e3", "abc", ".5", "1234567"])("refuses %j", (text) => {
    expect(priceTextSchema.safeParse(text).success).toBe(false);
  });

  it("writes cents back as text that reads the same", () => {
    for (const cents of [0, 7, 50, 2400, 2450, 99_999_999]) expect(priceTextSchema.parse(centsToPriceText(cents))).toBe(cents);
  });
});
