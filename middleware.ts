// Edge middleware: request id, CSP nonce and an optimistic auth gate. It reads no data:
// every tRPC procedure and admin page re-checks the session on the server.
import { NextResponse, type NextRequest } from "next/server";
import { verifyAccessToken } from "./server/auth/jwt";
import { ACCESS_COOKIE } from "./server/auth/cookies";
import { edgeEnv } from "./server/edge-env";
import {
  createNonce,
  pageContentSecurityPolicy,
  reportingEndpoints,
  requestIdFrom,
} from "./server/http/security-headers";
import { decodedPath } from "./server/http/decoded-path";
import { safeNextPath } from "./server/http/safe-redirect.schema";

const PROTECTED_PREFIXES = ["/account", "/admin", "/checkout"];

function startsWithSegment(pathname: string, prefix: string): boolean {
  return pathname === prefix || pathname.startsWith(`${prefix}/`);
}

export async function middleware(request: NextRequest) {
  const env = edgeEnv();
  const requestId = requestIdFrom(request.headers.get("x-request-id"));
  const nonce = createNonce();
  const csp = pageContentSecurityPolicy(env, nonce);
  const { pathname, search } = request.nextUrl;

  const token = request.cookies.get(ACCESS_COOKIE)?.value;
  const claims = token ? await verifyAccessToken(token, { secret: env.AUTH_SECRET, issuer: env.APP_URL }) : null;

  let redirectTo: URL | null = null;
  if (PROTECTED_PREFIXES.some((prefix) => startsWithSegment(pathname, prefix)) && !claims) {
    redirectTo = new URL("/login", request.url);
    redirectTo.searchParams.set("next", safeNextPath(`${pathname}${search}`));
  } else if (startsWithSegment(pathname, "/admin") && claims?.role !== "ADMIN") {
    redirectTo = new URL("/forbidden", request.url);
  }

  const forwarded = { request: { headers: forwardedHeaders(request, { requestId, nonce, csp }) } };
  // A path that is not valid percent-encoding names no page; Next's router would answer it with
  // a bare 500 before any page runs. The shop's own 404 page instead.
  const response =
    decodedPath(pathname) === null
      ? NextResponse.rewrite(new URL("/not-a-page", request.url), { ...forwarded, status: 404 })
      : redirectTo
        ? NextResponse.redirect(redirectTo, 307)
        : NextResponse.next(forwarded);

  response.headers.set("x-request-id", requestId);
  response.headers.set("content-security-policy", csp);
  response.headers.set("reporting-endpoints", reportingEndpoints(env.APP_URL));
  if (token) response.headers.set("cache-control", "private, no-store");
  return response;
}

// Next.js reads the nonce from the request's CSP header and stamps it on its own scripts.
function forwardedHeaders(request: NextRequest, values: { requestId: string; nonce: string; csp: string }): Headers {
  const headers = new Headers(request.headers);
  headers.set("x-request-id", values.requestId);
  headers.set("x-nonce", values.nonce);
  headers.set("content-security-policy", values.csp);
  return headers;
}

export const config = {
  // Everything but build assets and shipped static files, which carry the static headers of next.config.js,
  // uploaded images, whose route sets its own sandbox CSP and immutable caching (a page's CSP
  // or a signed-in `no-store` would replace them), and tRPC calls: JSON needs no CSP, the route
  // checks the session itself and sets the request id and cache headers (guardedRoute,
  // app/api/trpc), and the edge sandbox cost every call a few percent of its CPU (BENCHMARKS.md).
  matcher: ["/((?!_next/static|_next/image|images/|fonts/|media/|favicon.ico|robots.txt|api/trpc/).*)"],
};
