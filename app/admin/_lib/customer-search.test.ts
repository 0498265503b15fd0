import { describe, expect, it } from "vitest";
import { customerPageHref, parseCustomerSearch } from "./customer-search";

describe("admin customer search params", () => {
  it("reads the filters and drops what is malformed", () => {
    expect(parseCustomerSearch({ q: " sam ", role: "ADMIN", status: "disabled", page: "2" })).toEqual({
      q: "sam",
      role: "ADMIN",
      disabled: true,
      page: 2,
      pageSize: 25,
    });
    expect(parseCustomerSearch({ role: "ROOT", status: "maybe", page: "x" })).toEqual({ page: 1, pageSize: 25 });
    expect(parseCustomerSearch({ q: "sam\u0000" })).toEqual({ page: 1, pageSize: 25 });
  });

  it("keeps the filters in page links", () => {
    expect(customerPageHref({ q: "sam", page: "2" }, 3)).toBe("/admin/customers?q=sam&page=3");
  });
});
