// Content-Security-Policy violation reports, from browsers: the legacy `report-uri` body
// (application/csp-report) and the Reporting API's batch (application/reports+json). Only
// what helps find the cause is kept: directive, blocked resource and the page, all without
// query strings or fragments (a reset-password page's URL carries its token).
import "server-only";
import { z } from "../lib/zod";

export type CspViolation = { directive: string; blocked: string; page: string; source: string | null };

const field = z.string().max(2048).optional();
const legacyReport = z.object({
  "csp-report": z.object({
    "effective-directive": field,
    "violated-directive": field,
    "blocked-uri": field,
    "document-uri": field,
    "source-file": field,
  }),
});
const reportingApiBatch = z
  .array(
    z.object({
      type: z.string().max(64),
      body: z
        .object({ effectiveDirective: field, blockedURL: field, documentURL: field, sourceFile: field })
        .optional(),
    }),
  )
  .max(50);

// Keeps scheme, host and path; drops credentials, query and fragment. Keywords ("inline",
// "eval") pass as they are.
function withoutQuery(value: string | undefined): string {
  if (!value) return "";
  try {
    const url = new URL(value);
    return `${url.origin}${url.pathname}`;
  } catch {
    return value.split(/[?#]/, 1)[0]?.slice(0, 200) ?? "";
  }
}

export function parseCspReports(contentType: string, body: unknown): CspViolation[] | null {
  if (contentType.startsWith("application/csp-report")) {
    const parsed = legacyReport.safeParse(body);
    if (!parsed.success) return null;
    const report = parsed.data["csp-report"];
    return [
      {
        directive: report["effective-directive"] ?? report["violated-directive"]?.split(" ")[0] ?? "unknown",
        blocked: withoutQuery(report["blocked-uri"]),
        page: withoutQuery(report["document-uri"]),
        source: report["source-file"] ? withoutQuery(report["source-file"]) : null,
      },
    ];
  }
  if (contentType.startsWith("application/reports+json")) {
    const parsed = reportingApiBatch.safeParse(body);
    if (!parsed.success) return null;
    return parsed.data
      .filter((report) => report.type === "csp-violation" && report.body)
      .map(({ body: report }) => ({
        directive: report?.effectiveDirective ?? "unknown",
        blocked: withoutQuery(report?.blockedURL),
        page: withoutQuery(report?.documentURL),
        source: report?.sourceFile ? withoutQuery(report.sourceFile) : null,
      }));
  }
  return null;
}
