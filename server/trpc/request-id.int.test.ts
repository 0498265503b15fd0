// tRPC calls skip middleware.ts (its matcher), so the route itself names each request: the
// x-request-id of the response, every log line and an error's body must carry the same id, with
// or without one from upstream.
import { describe, expect, it } from "vitest";
import { APP_ORIGIN } from "@/tests/support/http";

const { GET } = await import("@/app/api/trpc/[trpc]/route");

const unknownProduct = `/api/trpc/product.get?input=${encodeURIComponent(JSON.stringify({ json: { slug: "no-such-product" } }))}`;

async function errorRequestId(response: Response): Promise<unknown> {
  const body = (await response.json()) as { error: { json: { data: { requestId: unknown } } } };
  return body.error.json.data.requestId;
}

describe("a tRPC call's request id", () => {
  it("is made by the route when none came from upstream, and the error names it", async () => {
    const response = await GET(new Request(`${APP_ORIGIN}${unknownProduct}`));
    expect(response.status).toBe(404);
    const requestId = response.headers.get("x-request-id");
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(await errorRequestId(response)).toBe(requestId);
  });

  it("is the upstream one when a proxy sent it", async () => {
    const response = await GET(
      new Request(`${APP_ORIGIN}${unknownProduct}`, { headers: { "x-request-id": "lb-request-000456" } }),
    );
    expect(response.headers.get("x-request-id")).toBe("lb-request-000456");
    expect(await errorRequestId(response)).toBe("lb-request-000456");
  });
});
