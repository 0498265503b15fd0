// The production HTTP server around Next.js's request handler. Node's defaults suit neither
// the internet nor a rolling restart, so this adds:
//  - header and body timeouts (slow-header and slow-body clients are closed within 30 s);
//  - a declared Content-Length over the path's cap answered 413 before the body is read, and
//    any 413 ends its connection (the rest of an endless upload is never read);
//  - the connection's own address as x-shopfront-peer-ip (whatever the client sent), which
//    server/lib/client-ip.ts uses when no trusted proxy header is configured;
//  - draining: once asked, every response says `Connection: close`, so keep-alive clients
//    (a load balancer included) move to another instance after their current request;
//  - a 500 while PostgreSQL is unreachable (a page that could not load its data) goes out as
//    503 with Retry-After: the shop is briefly unavailable, not broken.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { bodyLimitFor } from "../http/body-limits";
import { OUTAGE_RETRY_AFTER_SECONDS, databaseRecentlyUnavailable } from "../lib/availability";
import { PEER_IP_HEADER } from "../lib/peer-ip";
import { traceRequests } from "../observability/tracing-http";

export type RequestHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void> | void;

// Whole request (headers and body) within 25 s: a slow-body client is cut off well inside
// 30 s, and a 10 MiB CSV import still fits a 4 Mbit/s uplink. Checked every second (Node's
// default check interval of 30 s would let a slow client hold on for up to a minute).
export const HEADERS_TIMEOUT_MS = 15_000;
export const REQUEST_TIMEOUT_MS = 25_000;
const TIMEOUT_CHECK_INTERVAL_MS = 1_000;
// Longer than a load balancer's idle timeout, so the balancer closes idle connections first.
export const KEEP_ALIVE_TIMEOUT_MS = 65_000;

export type ShopServer = { server: Server; inFlight: () => number; startDraining: () => void };

function answerOutagesWith503(res: ServerResponse): void {
  const writeHead = res.writeHead.bind(res) as (status: number, ...rest: unknown[]) => ServerResponse;
  res.writeHead = ((status: number, ...rest: unknown[]) => {
    if (status !== 500 || !databaseRecentlyUnavailable()) return writeHead(status, ...rest);
    res.setHeader("retry-after", String(OUTAGE_RETRY_AFTER_SECONDS));
    return writeHead(503, ...rest);
  }) as ServerResponse["writeHead"];
}

function refuseTooLarge(req: IncomingMessage, res: ServerResponse): void {
  res.writeHead(413, { "content-type": "application/json", connection: "close", "cache-control": "no-store" });
  res.end(JSON.stringify({ error: { code: "PAYLOAD_TOO_LARGE", message: "Request body too large" } }));
  req.resume();
}

export function createShopServer(handle: RequestHandler): ShopServer {
  let draining = false;
  let active = 0;

  const server = createServer({ connectionsCheckingInterval: TIMEOUT_CHECK_INTERVAL_MS }, traceRequests(async (req, res) => {
    active += 1;
    res.once("close", () => {
      active -= 1;
    });
    req.headers[PEER_IP_HEADER] = req.socket.remoteAddress ?? "";
    if (draining) res.setHeader("connection", "close");
    answerOutagesWith503(res);
    // Whoever answers 413 (here or a route's own count), the rest of the body is never read.
    res.once("finish", () => {
      if (res.statusCode === 413 && !req.complete) req.socket.destroySoon();
    });
    const declared = Number(req.headers["content-length"] ?? "0");
    if (declared > bodyLimitFor(new URL(req.url ?? "/", "http://internal").pathname)) return refuseTooLarge(req, res);
    await handle(req, res);
  }));
  server.headersTimeout = HEADERS_TIMEOUT_MS;
  server.requestTimeout = REQUEST_TIMEOUT_MS;
  server.keepAliveTimeout = KEEP_ALIVE_TIMEOUT_MS;

  return {
    server,
    inFlight: () => active,
    startDraining: () => {
      draining = true;
    },
  };
}
