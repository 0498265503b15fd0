import { describe, expect, it } from "vitest";
import { adminOrderPageHref, parseAdminOrderSearch } from "./order-search";

describe("admin order search params", () => {
  it("reads status, whole-day dates, customer and page", () => {
    expect(
      parseAdminOrderSearch({
        status: "SHIPPED",
        from: "2026-11-01",
        to: "2026-11-23",
        customer: " Sam@Shop.test ",
        page: "2",
      }),
    ).toEqual({
      status: "SHIPPED",
      from: new Date("2026-11-01T00:00:00Z"),
      to: new Date("2026-11-24T00:00:00Z"),
      customerEmail: "sam@shop.test",
      page: 2,
      pageSize: 25,
    });
  });

  it("drops malformed values", () => {
    expect(parseAdminOrderSearch({ status: "LOST", from: "2026-02-31x", to: "soon", page: "0" })).toEqual({
      page: 1,
      pageSize: 25,
    });
    // Days the list cannot filter on (the database cannot compare year 0; 9999-12-31 ends in year 10000).
    expect(parseAdminOrderSearch({ from: "0000-01-01", to: "9999-12-31", customer: "sam\u0000" })).toEqual({
      page: 1,
      pageSize: 25,
    });
    expect(parseAdminOrderSearch({ from: "1999-12-31", to: "9999-12-30" })).toEqual({
      to: new Date("9999-12-31T00:00:00Z"),
      page: 1,
      pageSize: 25,
    });
  });

  it("keeps the filters in page links", () => {
    expect(adminOrderPageHref({ status: "PAID", customer: "sam", page: "3" }, 4)).toBe(
      "/admin/orders?status=PAID&customer=sam&page=4",
    );
    expect(adminOrderPageHref({}, 1)).toBe("/admin/orders");
  });
});
