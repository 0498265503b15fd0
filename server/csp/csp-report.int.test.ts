// The report endpoint as browsers call it: no Origin check, small bodies, always an empty 204.
import { afterEach, describe, expect, it, vi } from "vitest";
import { POST } from "../../app/api/csp-report/route";
import { logger } from "../lib/logger";

const report = {
  "csp-report": {
    "document-uri": "http://localhost:3000/checkout?x=1",
    "effective-directive": "script-src",
    "blocked-uri": "eval",
  },
};
const post = (body: string, contentType = "application/csp-report") =>
  POST(
    new Request("http://localhost:3000/api/csp-report", {
      method: "POST",
      headers: { "content-type": contentType },
      body,
    }),
  );

afterEach(() => vi.restoreAllMocks());

describe("POST /api/csp-report", () => {
  it("logs a violation, without its query string, and answers 204 to a report with no Origin", async () => {
    const warn = vi.spyOn(logger, "warn").mockImplementation(() => undefined);
    const response = await post(JSON.stringify(report));
    expect(response.status).toBe(204);
    expect(warn).toHaveBeenCalledWith(
      { csp: { directive: "script-src", blocked: "eval", page: "http://localhost:3000/checkout", source: null } },
      "csp violation",
    );
  });

  it("refuses what is not a report (400) and bodies over 16 KiB (413)", async () => {
    expect((await post("not json")).status).toBe(400);
    expect((await post(JSON.stringify({ hello: 1 }))).status).toBe(400);
    expect((await post(JSON.stringify({ "csp-report": { pad: "x".repeat(20_000) } }))).status).toBe(413);
  });

  it("logs at most a minute's worth of reports from one client", async () => {
    const warn = vi.spyOn(logger, "warn").mockImplementation(() => undefined);
    for (let index = 0; index < 70; index++) expect((await post(JSON.stringify(report))).status).toBe(204);
    expect(warn.mock.calls.filter(([, message]) => message === "csp violation")).toHaveLength(60);
  });
});
