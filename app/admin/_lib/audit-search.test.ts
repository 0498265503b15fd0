import { describe, expect, it } from "vitest";
import { auditExportHref, parseAuditSearch } from "./audit-search";

describe("audit search params", () => {
  it("reads the filters, with whole UTC days for the date range", () => {
    expect(
      parseAuditSearch({
        actor: " Ada@Shopfront.test ",
        action: "product.update",
        entityType: "product",
        from: "2026-11-01",
        to: "2026-11-23",
      }),
    ).toEqual({
      actorEmail: "ada@shopfront.test",
      action: "product.update",
      entityType: "product",
      from: new Date("2026-11-01T00:00:00Z"),
      to: new Date("2026-11-24T00:00:00Z"),
    });
  });

  it("drops malformed values", () => {
    expect(
      parseAuditSearch({ entityType: "planet", from: "yesterday", to: "2026-13", action: "x".repeat(81) }),
    ).toEqual({});
    expect(
      parseAuditSearch({ from: "0000-01-01", to: "9999-12-31", action: "product\u0000", entityId: "\ud800" }),
    ).toEqual({});
  });

  it("links the export to the same filters", () => {
    expect(auditExportHref({ entityType: "order", from: new Date("2026-11-01T00:00:00Z") })).toBe(
      "/api/admin/audit/export?entityType=order&from=2026-11-01T00%3A00%3A00.000Z",
    );
    expect(auditExportHref({})).toBe("/api/admin/audit/export");
  });
});
