import { describe, expect, it } from "vitest";
import { parseSearchQuery } from "./search-query";

describe("search query from the URL", () => {
  it("reads words, category, a price range in dollars, stock and sort", () => {
    expect(
      parseSearchQuery({
        q: " brass lamp ",
        category: "lighting",
        min: "20",
        max: "99.50",
        inStock: "1",
        sort: "price_asc",
      }),
    ).toEqual({
      q: "brass lamp",
      categorySlug: "lighting",
      minPriceCents: 2000,
      maxPriceCents: 9950,
      inStock: true,
      sort: "price_asc",
      limit: 12,
    });
  });

  it("drops malformed values and swaps a reversed price range", () => {
    expect(
      parseSearchQuery({ category: "Not A Slug", min: "abc", max: "-3", sort: "cheapest", inStock: "yes" }),
    ).toEqual({ q: "", sort: "relevance", limit: 12 });
    expect(parseSearchQuery({ min: "80", max: "20" })).toMatchObject({ minPriceCents: 2000, maxPriceCents: 8000 });
    expect(parseSearchQuery({ q: "x".repeat(300) }).q).toHaveLength(100);
    expect(parseSearchQuery({ q: "mug\u0000" }).q).toBe("");
    expect(parseSearchQuery({ q: "mug \ud800" }).q).toBe("");
  });
});
