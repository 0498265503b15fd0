import { describe, expect, it } from "vitest";
import { readCookie } from "./cookies";

describe("readCookie", () => {
  it("reads and percent-decodes the named cookie among others", () => {
    expect(readCookie("a=1; sf_access=x%2By%3D; b=2", "sf_access")).toBe("x+y=");
    expect(readCookie("a=1", "sf_access")).toBeUndefined();
    expect(readCookie(null, "sf_access")).toBeUndefined();
  });

  // decodeURIComponent throws on these; a request must not fail because of a junk cookie.
  it.each(["%", "%zz", "abc%", "%E0%A4%A", "%C0%80", "%ED%A0%80"])(
    "treats the malformed value %j as no cookie",
    (value) => {
      expect(readCookie(`other=1; sf_access=${value}; more=2`, "sf_access")).toBeUndefined();
    },
  );
});
