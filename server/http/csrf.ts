// Cross-site request forgery guard for state-changing requests. Browsers send Sec-Fetch-Site
// and Origin on every POST; a request is accepted only when they say it came from this exact
// origin. Look-alike hosts, other ports or schemes, sibling subdomains ("same-site") and the
// opaque origin "null" are all refused; so is a request that sends neither header.
import "server-only";

export function isSameOriginRequest(headers: Headers, appUrl: string): boolean {
  const fetchSite = headers.get("sec-fetch-site");
  if (fetchSite !== null && fetchSite !== "same-origin") return false;
  const origin = headers.get("origin");
  if (origin === null) return fetchSite === "same-origin";
  return origin === new URL(appUrl).origin;
}
