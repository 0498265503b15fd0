import { describe, expect, it } from "vitest";
import { openRedirectFamily } from "../../../tests/support/open-redirects";
import { withNext } from "./with-next";

describe("withNext (sign-up, forgot-password, verify and reset links)", () => {
  it("carries a same-site path, encoded", () => {
    expect(withNext("/signup", "/checkout?step=2")).toBe("/signup?next=%2Fcheckout%3Fstep%3D2");
  });

  it.each([...openRedirectFamily, "//evil.example", "https://evil.example", null])("drops %j", (next) => {
    expect(withNext("/login", next)).toBe("/login");
  });
});
