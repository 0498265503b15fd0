import { describe, expect, it } from "vitest";
import { adminJobSearchHref, parseAdminJobSearch } from "./job-search";

describe("admin job search params", () => {
  it("reads state, task and page", () => {
    expect(parseAdminJobSearch({ state: "dead", task: "send-email", page: "2" })).toEqual({
      state: "dead",
      task: "send-email",
      page: 2,
      pageSize: 25,
    });
  });

  it("drops what is malformed instead of failing", () => {
    expect(parseAdminJobSearch({ state: "exploded", task: "rm -rf", page: "0" })).toEqual({ page: 1, pageSize: 25 });
    expect(parseAdminJobSearch({ state: ["failed", "dead"], page: "1.5" })).toEqual({
      state: "failed",
      page: 1,
      pageSize: 25,
    });
  });

  it("builds links that keep the other filter and reset the page", () => {
    const current = parseAdminJobSearch({ state: "failed", task: "sign-up", page: "3" });
    expect(adminJobSearchHref(current, { state: "dead" })).toBe("/admin/jobs?state=dead&task=sign-up");
    expect(adminJobSearchHref(current, { page: "4" })).toBe("/admin/jobs?state=failed&task=sign-up&page=4");
    expect(adminJobSearchHref(current, { state: null, task: null })).toBe("/admin/jobs");
  });
});
