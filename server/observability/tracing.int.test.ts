// Requests through the production HTTP server (server/runtime/http-server.ts) with tracing
// started by the production setup (startTracing), their spans caught by an in-memory exporter:
// one trace per request from the root request span down to the SQL (Prisma's spans, or pg's
// where a path sends its statements to the pool), every span tagged with the request id the
// response carries.
import { once } from "node:events";
import type { AddressInfo } from "node:net";
import type { IncomingMessage, ServerResponse } from "node:http";
import { randomUUID } from "node:crypto";
import { createRequire } from "node:module";
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
// The production server requires pg, which the pg instrumentation patches as it loads. Vitest
// loads the app's packages through Node's ESM loader instead, which that require hook does not
// see; requiring pg once here patches the same Client class the app's import then gets.
createRequire(import.meta.url)("pg");

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

// The spans of one request, found by the request id its response carries: its trace, whose
// root is the request's span, and which holds no span of another request.
async function spansOf(response: Response, path: string) {
  expect(response.status).toBe(200);
  const requestId = response.headers.get("x-request-id");
  expect(requestId).toBeTruthy();
  // The root span ends when the response has closed on the server's side.
  const root = await vi.waitFor(async () => {
    await tracing.provider.forceFlush();
    const found = exporter
      .getFinishedSpans()
      .find((span) => span.attributes["url.path"] === path && span.attributes[REQUEST_ID_ATTRIBUTE] === requestId);
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
  // pg names a statement's span by its verb and the database: "pg.query:INSERT shopfront".
  return ofTrace.filter(isDatabaseSpan).map((span) => span.name.split(" ")[0]);
}

describe("tracing", () => {
  it("traces each request as one trace: the request, its procedure, its queries, all with the request id", async () => {
    const category = await createCategory(db);
    const mug = await createProduct(db, category.id, { stock: 5 });
    const { cookie } = await signedInCaller(db);
    const headers = { origin: APP_ORIGIN, "sec-fetch-site": "same-origin", "content-type": "application/json", cookie };
    exporter.reset();

    // Adding to the cart goes through Prisma.
    const added = await fetch(`${baseUrl}/api/trpc/cart.addItem`, {
      method: "POST",
      headers,
      body: JSON.stringify({ json: { productId: mug.id, quantity: 1 } }),
    });
    expect(await spansOf(added, "/api/trpc/cart.addItem")).toEqual(
      expect.arrayContaining(["prisma:client:operation", "prisma:client:db_query"]),
    );

    // Checkout sends its transaction straight to the pool (decision 048).
    const shippingAddress = {
      fullName: "Ana Shopper",
      line1: "1 Market Street",
      city: "Lisbon",
      postalCode: "1100-148",
      country: "pt",
    };
    const placed = await fetch(`${baseUrl}/api/trpc/checkout.placeOrder`, {
      method: "POST",
      headers,
      body: JSON.stringify({ json: { idempotencyKey: randomUUID(), shippingAddress } }),
    });
    const statements = await spansOf(placed, "/api/trpc/checkout.placeOrder");
    // The session check, then the transaction, its last statement the COMMIT.
    expect(statements.indexOf("pg.query:BEGIN")).toBeGreaterThan(0);
    expect(statements.at(-1)).toBe("pg.query:COMMIT");
    expect(statements).toEqual(expect.arrayContaining(["pg.query:UPDATE", "pg.query:INSERT", "pg.query:DELETE"]));
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
