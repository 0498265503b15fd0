// Shutdown with live streams open, over real HTTP: the production server in front of the tRPC
// route, as server/runtime/drain.ts drives it. Each stream ends with a serialized error whose
// code httpSubscriptionLink treats as retryable (it reconnects with its last event id instead
// of completing), and its connection closes, so the drain is not held up by it.
// Its own file: a drained process stays drained.
import { once } from "node:events";
import { Agent, type IncomingMessage, type ServerResponse, request } from "node:http";
import type { AddressInfo } from "node:net";
import { randomUUID } from "node:crypto";
import { retryableRpcCodes } from "@trpc/server/unstable-core-do-not-import";
import superjson from "superjson";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { APP_ORIGIN } from "../../tests/support/http";
import { GET } from "../../app/api/trpc/[trpc]/route";
import { beginDrain } from "../lib/lifecycle";
import { createShopServer } from "../runtime/http-server";
import { openStreamCount } from "./open-streams";

// Stands in for Next.js's request handler: hands the request to the tRPC route, streaming
// the response body as it comes.
async function trpcRoute(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) if (typeof value === "string") headers.set(name, value);
  const response = await GET(new Request(`${APP_ORIGIN}${req.url}`, { headers }));
  res.writeHead(response.status, Object.fromEntries(response.headers));
  const reader = response.body?.getReader();
  for (let chunk = await reader?.read(); chunk && !chunk.done; chunk = await reader?.read()) res.write(chunk.value);
  res.end();
}

const shop = createShopServer(trpcRoute, () => "/api/trpc/[trpc]");
let port: number;

beforeAll(async () => {
  shop.server.listen(0, "127.0.0.1");
  await once(shop.server, "listening");
  port = (shop.server.address() as AddressInfo).port;
});

afterAll(() => new Promise<void>((resolve) => shop.server.close(() => resolve())));

const connections = () => new Promise<number>((resolve) => shop.server.getConnections((_, count) => resolve(count)));

// Keeps idle connections open as a browser does (Node's global agent drops them after 5 s).
const browserLikeAgent = new Agent({ keepAlive: true });
afterAll(() => browserLikeAgent.destroy());

// One SSE request on a keep-alive connection, as a browser's EventSource makes it.
function openProductStream() {
  const input = encodeURIComponent(superjson.stringify({ productId: randomUUID() }));
  const req = request({
    host: "127.0.0.1",
    port,
    agent: browserLikeAgent,
    path: `/api/trpc/live.product?input=${input}`,
    headers: { accept: "text/event-stream", connection: "keep-alive" },
  });
  req.end();
  return new Promise<IncomingMessage>((resolve) => req.once("response", resolve));
}

async function readUntil(response: IncomingMessage, text: string): Promise<string> {
  let body = "";
  for await (const chunk of response) {
    body += String(chunk);
    if (body.includes(text)) break;
  }
  return body;
}

describe("live streams on shutdown", () => {
  it("end with a retryable error and close their connections, so the drain completes", async () => {
    const responses = await Promise.all([openProductStream(), openProductStream()]);
    for (const response of responses) {
      expect(response.statusCode).toBe(200);
      expect(response.headers["content-type"]).toContain("text/event-stream");
    }
    // Each stream is running once it is registered (the first ping follows later).
    while (openStreamCount() < 2) await new Promise((resolve) => setTimeout(resolve, 10));

    // What drainAndExit does first.
    beginDrain();
    shop.startDraining();

    for (const response of responses) {
      const body = await new Promise<string>((resolve) => {
        let text = "";
        response.on("data", (chunk) => (text += String(chunk)));
        response.on("end", () => resolve(text));
      });
      expect(body).not.toContain("event: return");
      const data = /event: serialized-error\ndata: (.*)\n/.exec(body)?.[1] ?? "null";
      const error = superjson.deserialize<{ code: number; data: { domainCode: string } }>(JSON.parse(data));
      expect(error.data.domainCode).toBe("SERVICE_UNAVAILABLE");
      expect(retryableRpcCodes).toContain(error.code);
    }
    // The keep-alive connections close with their streams: nothing is left for the drain.
    while ((await connections()) > 0) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(openStreamCount()).toBe(0);
  });

  it("answers a stream opened while draining with the same retryable error at once", async () => {
    const response = await openProductStream();
    const body = await readUntil(response, "event: serialized-error\ndata:");
    expect(body).toContain("SERVICE_UNAVAILABLE");
    response.destroy();
  });
});
