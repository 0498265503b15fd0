// A shopper over real HTTP (no browser): tRPC calls in the wire format the app's client uses
// (superjson: {"json": input}), with the session cookie and same-origin headers.
import { randomUUID } from "node:crypto";

export const ADDRESS = {
  fullName: "Ops Shopper",
  line1: "1 Market Street",
  city: "Lisbon",
  postalCode: "1100-148",
  country: "PT",
};

export type TrpcResult = {
  status: number;
  body: {
    result?: { data?: { json?: unknown } };
    error?: { json?: { data?: { domainCode?: string | null; code?: string } } };
  } | null;
};

export function shopClient(baseUrl: string, origin = baseUrl) {
  let cookie = "";
  const headers = () => ({
    "content-type": "application/json",
    origin,
    "sec-fetch-site": "same-origin",
    ...(cookie ? { cookie } : {}),
  });

  async function call(path: string, init: RequestInit): Promise<TrpcResult> {
    const response = await fetch(`${baseUrl}/api/trpc/${path}`, init);
    const setCookies = response.headers.getSetCookie();
    if (setCookies.length > 0) cookie = mergeCookies(cookie, setCookies);
    const text = await response.text();
    return { status: response.status, body: text ? (JSON.parse(text) as TrpcResult["body"]) : null };
  }

  return {
    cookie: () => cookie,
    setCookie: (value: string) => {
      cookie = value;
    },
    mutate: (path: string, input: unknown = undefined) =>
      call(path, { method: "POST", headers: headers(), body: JSON.stringify({ json: input }) }),
    query: (path: string, input: unknown = undefined) =>
      call(`${path}?input=${encodeURIComponent(JSON.stringify({ json: input }))}`, {
        method: "GET",
        headers: headers(),
      }),
    async signIn(email: string, password: string) {
      const result = await call("auth.signIn", {
        method: "POST",
        headers: headers(),
        body: JSON.stringify({ json: { email, password } }),
      });
      if (result.status !== 200) throw new Error(`sign-in failed: ${result.status} ${JSON.stringify(result.body)}`);
    },
    placeOrder: (idempotencyKey: string = randomUUID()) =>
      call("checkout.placeOrder", {
        method: "POST",
        headers: headers(),
        body: JSON.stringify({ json: { idempotencyKey, shippingAddress: ADDRESS } }),
      }),
  };
}

// Keeps the latest value of each cookie (name=value only).
function mergeCookies(current: string, setCookies: string[]): string {
  const jar = new Map(current ? current.split("; ").map((pair) => [pair.split("=")[0] ?? "", pair] as const) : []);
  for (const header of setCookies) {
    const pair = header.split(";")[0] ?? "";
    const name = pair.split("=")[0] ?? "";
    if (/max-age=0/i.test(header)) jar.delete(name);
    else jar.set(name, pair);
  }
  return [...jar.values()].join("; ");
}
