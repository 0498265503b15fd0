// Content-Security-Policy for HTML responses. Edge-safe (pure), used by middleware.ts and the
// product-page cache.
// Scripts run only with this request's nonce; 'strict-dynamic' lets those scripts load the
// chunks they need, and hosts/'self' in script-src are ignored by browsers that support it.
import type { EdgeEnv } from "../edge-env";
export const CSP_REPORT_PATH = "/api/csp-report";
export const CSP_REPORT_GROUP = "csp-endpoint";

// The Reporting API's endpoint list, sent with every page (the CSP's report-to names it).
export function reportingEndpoints(appUrl: string): string {
  return `${CSP_REPORT_GROUP}="${new URL(CSP_REPORT_PATH, appUrl).toString()}"`;
}

// Where images are served from and uploaded to.
export type MediaOrigins = Pick<EdgeEnv, "MEDIA_PUBLIC_URL" | "S3_ENDPOINT" | "S3_BUCKET" | "S3_REGION">;

export function buildContentSecurityPolicy(options: {
  nonce: string;
  production: boolean;
  https: boolean;
  media: MediaOrigins;
}): string {
  const scriptSources = [`'self'`, `'nonce-${options.nonce}'`, `'strict-dynamic'`];
  // React Refresh in `next dev` evaluates code; never in production builds.
  if (!options.production) scriptSources.push(`'unsafe-eval'`);
  const directives = [
    `default-src 'self'`,
    `script-src ${scriptSources.join(" ")}`,
    `style-src 'self' 'unsafe-inline'`,
    `img-src 'self' data: blob:${mediaOrigin(options.media)}`,
    `font-src 'self'`,
    // Image uploads go from the browser straight to the bucket.
    `connect-src 'self'${uploadOrigin(options.media)}`,
    `object-src 'none'`,
    `base-uri 'none'`,
    `form-action 'self'`,
    `frame-ancestors 'none'`,
    // Violations are reported (server/csp): report-to for current browsers, report-uri for the rest.
    `report-uri ${CSP_REPORT_PATH}`,
    `report-to ${CSP_REPORT_GROUP}`,
  ];
  if (options.https) directives.push("upgrade-insecure-requests");
  return directives.join("; ");
}

// The policy of a page response: the middleware's for pages Next.js renders, the product-page
// cache's for the pages it replays (server/catalog/product-page-cache.ts).
export function pageContentSecurityPolicy(env: EdgeEnv, nonce: string): string {
  return buildContentSecurityPolicy({
    nonce,
    production: env.NODE_ENV === "production",
    https: env.APP_URL.startsWith("https:"),
    media: env,
  });
}

function mediaOrigin(media: MediaOrigins): string {
  return media.MEDIA_PUBLIC_URL.startsWith("/") ? "" : ` ${new URL(media.MEDIA_PUBLIC_URL).origin}`;
}

// The upload is a fetch() POST, governed by connect-src (form-action covers <form> only). With
// no S3_ENDPOINT the SDK signs for AWS S3's regional path-style endpoint.
function uploadOrigin(media: MediaOrigins): string {
  if (media.S3_ENDPOINT) return ` ${new URL(media.S3_ENDPOINT).origin}`;
  return media.S3_BUCKET ? ` https://s3.${media.S3_REGION}.amazonaws.com` : "";
}

export function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

// Keeps a well-formed upstream request id (e.g. from a load balancer), otherwise makes one.
export function requestIdFrom(incoming: string | null): string {
  return incoming && REQUEST_ID.test(incoming) ? incoming : crypto.randomUUID();
}
