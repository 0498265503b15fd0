// What every free-text input accepts: anything PostgreSQL can store that reads as written.
import { describe, expect, it } from "vitest";
import { isStorableText } from "./storable.schema";

describe("storable text", () => {
  it.each([
    ["NUL", "fuzz\u0000text"],
    ["a lone surrogate", "lone \udfff surrogate"],
    ["a right-to-left override", "order SF-\u202E9ZXK2"],
    ["a left-to-right embedding", "\u202Aabc\u202C"],
    ["an isolate", "refund \u2067$5\u2069"],
  ])("refuses %s", (_kind, text) => {
    expect(isStorableText(text)).toBe(false);
  });

  it.each([
    ["emoji, joined or not", "😀 👨\u200D👩\u200D👧"],
    ["right-to-left text with its marks", "שלום\u200F 123 مرحبا\u200E"],
    ["markup, kept as text", "<b>bold</b> & 50%"],
  ])("accepts %s", (_kind, text) => {
    expect(isStorableText(text)).toBe(true);
  });
});
