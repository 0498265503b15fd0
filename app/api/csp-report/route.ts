// Browsers post CSP violation reports here; they come without the shop's Origin checks.
import { handleCspReport, MAX_CSP_REPORT_BYTES } from "@/server/csp/csp-report-route";
import { guardedRoute } from "@/server/http/guarded-route";

export const POST = guardedRoute(handleCspReport, { checkOrigin: false, maxBodyBytes: MAX_CSP_REPORT_BYTES });
