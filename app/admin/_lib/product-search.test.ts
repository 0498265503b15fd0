import { describe, expect, it } from "vitest";
import { adminProductSearchHref, parseAdminProductSearch } from "./product-search";

const categoryId = "0192f1c4-8f5e-7d2a-9b1c-3e4f5a6b7c8d";

describe("admin product search params", () => {
  it("reads every filter", () => {
    expect(
      parseAdminProductSearch({
        q: " lamp ",
        status: "inactive",
        category: categoryId,
        lowStock: "1",
        sort: "price_desc",
        page: "3",
      }),
    ).toEqual({
      q: "lamp",
      status: "inactive",
      categoryId,
      lowStock: true,
      sort: "price_desc",
      page: 3,
      pageSize: 25,
    });
  });

  it("drops what is malformed instead of failing", () => {
    expect(
      parseAdminProductSearch({
        status: "gone",
        category: "nope",
        sort: "random",
        page: "-2",
        lowStock: "yes",
        q: ["", "x"],
      }),
    ).toEqual({
      sort: "newest",
      page: 1,
      pageSize: 25,
    });
    expect(parseAdminProductSearch({ q: "lamp\u0000" })).not.toHaveProperty("q");
  });

  it("builds links that keep the other filters and reset the page", () => {
    const current = parseAdminProductSearch({ q: "lamp", sort: "name", page: "4" });
    expect(adminProductSearchHref(current, { status: "active" })).toBe(
      "/admin/products?q=lamp&status=active&sort=name",
    );
    expect(adminProductSearchHref(current, { page: "5" })).toBe("/admin/products?q=lamp&sort=name&page=5");
    expect(adminProductSearchHref(parseAdminProductSearch({}), {})).toBe("/admin/products");
  });
});
