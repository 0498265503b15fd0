// One placeOrder request per buyer, for either side of the checkout comparison, and the error
// code of a refused one. Both sides get the same body; tRPC wraps it in superjson's envelope.
import { randomUUID } from "node:crypto";
import type { Buyer } from "./checkout-buyers";
import type { RequestSpec } from "./load";

export type Side = "trpc" | "baseline";
type Server = { base: string; appUrl: string };

const shippingAddress = {
  fullName: "Bench Buyer",
  line1: "1 Load Street",
  city: "Lisbon",
  postalCode: "1100-148",
  country: "PT",
};
// The production server's access cookie (server/auth/cookies.ts under NODE_ENV=production).
// Over plain http the __Host- prefix only constrains browsers; the server reads the header.
const ACCESS_COOKIE = "__Host-sf_access";

export function placeOrderRequest(side: Side, server: Server, buyer: Buyer): RequestSpec {
  const input = { idempotencyKey: randomUUID(), shippingAddress };
  if (side === "trpc") {
    return {
      url: `${server.base}/api/trpc/checkout.placeOrder`,
      method: "POST",
      // The CSRF guard accepts a POST only with Origin equal to APP_URL's origin.
      headers: {
        "content-type": "application/json",
        origin: server.appUrl,
        cookie: `${ACCESS_COOKIE}=${buyer.accessToken}`,
      },
      body: JSON.stringify({ json: input }),
    };
  }
  return {
    url: `${server.base}/api/bench/checkout`,
    method: "POST",
    headers: {
      "content-type": "application/json",
      "x-bench-user-id": buyer.userId,
      "x-bench-session-id": buyer.sessionId,
    },
    body: JSON.stringify(input),
  };
}

// tRPC answers {error: {json: {data: {domainCode}}}}, the baseline {error: {code}}.
export function failureCode(status: number, body: string): string {
  try {
    const { error } = JSON.parse(body) as {
      error?: { code?: string; json?: { data?: { domainCode?: string | null; code?: string } } };
    };
    return error?.json?.data?.domainCode ?? error?.json?.data?.code ?? error?.code ?? `HTTP ${status}`;
  } catch {
    return `HTTP ${status}`;
  }
}
