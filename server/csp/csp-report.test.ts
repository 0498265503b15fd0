import { describe, expect, it } from "vitest";
import { parseCspReports } from "./csp-report";

describe("parseCspReports", () => {
  it("reads a report-uri body, without query strings or fragments", () => {
    const body = {
      "csp-report": {
        "document-uri": "https://shop.example/reset-password?token=secret-token#x",
        "violated-directive": "script-src-elem 'self'",
        "effective-directive": "script-src-elem",
        "blocked-uri": "https://evil.example/x.js?session=abc",
        "source-file": "https://shop.example/_next/static/chunks/app.js?v=1",
      },
    };
    expect(parseCspReports("application/csp-report", body)).toEqual([
      {
        directive: "script-src-elem",
        blocked: "https://evil.example/x.js",
        page: "https://shop.example/reset-password",
        source: "https://shop.example/_next/static/chunks/app.js",
      },
    ]);
  });

  it("reads a Reporting API batch and keeps only CSP violations", () => {
    const batch = [
      {
        type: "csp-violation",
        body: {
          effectiveDirective: "script-src",
          blockedURL: "eval",
          documentURL: "https://shop.example/checkout?step=2",
        },
      },
      { type: "deprecation", body: {} },
    ];
    expect(parseCspReports("application/reports+json", batch)).toEqual([
      { directive: "script-src", blocked: "eval", page: "https://shop.example/checkout", source: null },
    ]);
  });

  it.each([
    ["application/json", { "csp-report": {} }],
    ["application/csp-report", { something: "else" }],
    ["application/reports+json", { not: "an array" }],
    ["application/csp-report", { "csp-report": { "document-uri": "x".repeat(5000) } }],
  ])("refuses %s %j", (contentType, body) => {
    expect(parseCspReports(contentType, body)).toBeNull();
  });
});
