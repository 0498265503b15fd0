// One checkout through the production HTTP server (server/runtime/http-server.ts) with tracing
// started by the production setup (startTracing), its spans caught by an in-memory exporter:
// one trace from the root request span down to the SQL, every span tagged with the request id
// the response carries.
import { once } from "node:events";
import type { AddressInfo } from "node:net";
import type { IncomingMessage, ServerResponse } from "node:http";
import { randomUUID } from "node:crypto";
import { ROOT_CONTEXT, context, propagation, trace } from "@opentelemetry/api";
import { InMemorySpanExporter, type ReadableSpan } from "@opentelemetry/sdk-trace-base";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { startTracing } from "./tracing-setup";
import { REQUEST_ID_ATTRIBUTE } from "./tracing-context";

// As in production, the server exists before tracing has started (Next.js's app.prepare()
// resolves before instrumentation.ts's register() has finished).
const { createShopServer } = await import("../runtime/http-server");
const shop = createShopServer(trpcRouteHandler, () => "/api/trpc/[trpc]");

// Before any app module loads: the instrumentations patch pg and ioredis as they are required.
const exporter = new InMemorySpanExporter();
const tracing = startTracing(exporter);

const { db } = await import("../db");
const { POST: trpcPost } = await import("../../app/api/trpc/[trpc]/route");
const { createCategory, createProduct } = await import("../../tests/factories/catalog.factory");
const { signedInCaller } = await import("../../tests/support/callers");
const { APP_ORIGIN } = await import("../../tests/support/http");

// Stands in for Next.js's request handler behind the production server: hands the request to
// the tRPC route handler, as Next's router does for /api/trpc/*, and like Next after running
// the middleware, in a context rebuilt from the traceparent it writes on the request (the
// active span's trace context, and nothing else of the context: see BaseServer.handleRequest),
// inside a span of its own, as Next's route handler span.
async function trpcRouteHandler(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const traceContext: Record<string, string> = {};
  propagation.inject(context.active(), traceContext);
  Object.assign(req.headers, traceContext);
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) if (typeof value === "string") headers.set(name, value);
  const body = req.method === "GET" || req.method === "HEAD" ? undefined : Buffer.concat(chunks);
  const request = new Request(`${APP_ORIGIN}${req.url}`, { method: req.method, headers, body });
  const nextTracer = trace.getTracer("next.js");
  const response = await context.with(propagation.extract(ROOT_CONTEXT, req.headers), () =>
    nextTracer.startActiveSpan("executing api route (app) /api/trpc/[trpc]", (span) =>
      trpcPost(request).finally(() => span.end()),
    ),
  );
  res.writeHead(response.status, Object.fromEntries(response.headers));
  res.end(Buffer.from(await response.arrayBuffer()));
}

let baseUrl: string;

beforeAll(async () => {
  shop.server.listen(0, "127.0.0.1");
  await once(shop.server, "listening");
  baseUrl = `http://127.0.0.1:${(shop.server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => shop.server.close(() => resolve())));

const isDatabaseSpan = (span: ReadableSpan) => span.name.startsWith("prisma:") || span.name.startsWith("pg.");

describe("tracing", () => {
  it("traces one checkout as one trace: the request, its procedure, its queries, all with the request id", async () => {
    const category = await createCategory(db);
    const mug = await createProduct(db, category.id, { stock: 5 });
    const { caller, cookie } = await signedInCaller(db);
    await caller.cart.addItem({ productId: mug.id, quantity: 1 });
    exporter.reset();

    const shippingAddress = {
      fullName: "Ana Shopper",
      line1: "1 Market Street",
      city: "Lisbon",
      postalCode: "1100-148",
      country: "pt",
    };
    const response = await fetch(`${baseUrl}/api/trpc/checkout.placeOrder`, {
      method: "POST",
      headers: { origin: APP_ORIGIN, "sec-fetch-site": "same-origin", "content-type": "application/json", cookie },
      body: JSON.stringify({ json: { idempotencyKey: randomUUID(), shippingAddress } }),
    });
    expect(response.status).toBe(200);
    const requestId = response.headers.get("x-request-id");
    expect(requestId).toBeTruthy();

    // The root span ends when the response has closed on the server's side.
    const root = await vi.waitFor(async () => {
      await tracing.provider.forceFlush();
      const found = exporter
        .getFinishedSpans()
        .find((span) => span.attributes["url.path"] === "/api/trpc/checkout.placeOrder");
      expect(found).toBeDefined();
      return found!;
    });
    const traceId = root.spanContext().traceId;
    const ofRequest = exporter.getFinishedSpans().filter((span) => span.attributes[REQUEST_ID_ATTRIBUTE] === requestId);
    const ofTrace = exporter.getFinishedSpans().filter((span) => span.spanContext().traceId === traceId);

    expect(root.parentSpanContext).toBeUndefined();
    expect(root.attributes).toMatchObject({
      "http.request.method": "POST",
      "http.response.status_code": 200,
      [REQUEST_ID_ATTRIBUTE]: requestId,
    });
    expect(new Set(ofRequest.map((span) => span.spanContext().traceId))).toEqual(new Set([traceId]));
    expect(
      ofTrace.filter((span) => span.attributes[REQUEST_ID_ATTRIBUTE] !== requestId).map((span) => span.name),
    ).toEqual([]);
    expect(ofTrace.filter(isDatabaseSpan).map((span) => span.name)).toEqual(
      expect.arrayContaining(["prisma:client:operation", "prisma:client:db_query"]),
    );
  });

  it("keeps a well-formed request id, and records a client's traceparent as a link, not as the parent", async () => {
    const upstream = { traceId: "4bf92f3577b34da6a3ce929d0e0e4736", spanId: "00f067aa0ba902b7" };
    const response = await fetch(`${baseUrl}/api/trpc/cart.get`, {
      headers: { "x-request-id": "lb-request-0001", traceparent: `00-${upstream.traceId}-${upstream.spanId}-01` },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("x-request-id")).toBe("lb-request-0001");

    const root = await vi.waitFor(async () => {
      await tracing.provider.forceFlush();
      const found = exporter
        .getFinishedSpans()
        .find((span) => span.attributes[REQUEST_ID_ATTRIBUTE] === "lb-request-0001" && !span.parentSpanContext);
      expect(found).toBeDefined();
      return found!;
    });
    expect(root.spanContext().traceId).not.toBe(upstream.traceId);
    expect(root.links.map((link) => link.context)).toMatchObject([upstream]);
  });
});
