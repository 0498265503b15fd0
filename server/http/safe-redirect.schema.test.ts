import { describe, expect, it } from "vitest";
import { openRedirectFamily } from "../../tests/support/open-redirects";
import { safeNextPath } from "./safe-redirect.schema";

describe("safeNextPath", () => {
  it.each([
    ["/account", "/account"],
    ["/products/mug?color=red#reviews", "/products/mug?color=red#reviews"],
    ["/admin/../account", "/account"],
  ])("keeps same-site path %s", (input, expected) => {
    expect(safeNextPath(input)).toBe(expected);
  });

  it.each([
    "//evil.com",
    "/\\evil.com",
    "\\\\evil.com",
    "https://evil.com/account",
    "javascript:alert(1)",
    "evil.com",
    "/\t/evil.com",
    "/%0a/evil.com\n",
    "",
    null,
    undefined,
    `/${"a".repeat(600)}`,
  ])("refuses %j and falls back", (input) => {
    expect(safeNextPath(input, "/fallback")).toBe("/fallback");
  });

  // Paths that only become protocol-relative once dot segments are resolved, as a browser
  // resolves a Location header.
  it.each(openRedirectFamily)("refuses %j, which resolves to another host", (input) => {
    expect(safeNextPath(input, "/fallback")).toBe("/fallback");
  });
});
