// The production HTTP server around Next.js's request handler. Node's defaults suit neither
// the internet nor a rolling restart, so this adds:
//  - header and body timeouts (slow-header and slow-body clients are closed within 30 s);
//  - a declared Content-Length over the path's cap answered 413 before the body is read, a
//    streamed body answered 413 once it passes the cap, and any 413 ends its connection (the
//    rest of an endless upload is never kept), closed so that the client reads the 413;
//  - the connection's own address as x-shopfront-peer-ip (whatever the client sent), which
//    server/lib/client-ip.ts uses when no trusted proxy header is configured;
//  - draining: once asked, every response says `Connection: close`, so keep-alive clients
//    (a load balancer included) move to another instance after their current request, and
//    a live stream begun before closes its connection when it ends;
//  - a 500 while PostgreSQL is unreachable (a page that could not load its data) goes out as
//    503 with Retry-After: the shop is briefly unavailable, not broken.
import "server-only";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { bodyLimitFor } from "../http/body-limits";
import { OUTAGE_RETRY_AFTER_SECONDS, databaseRecentlyUnavailable } from "../lib/availability";
import { metrics } from "../lib/metrics";
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
// After a 413, how long the rest of the body is read and dropped before the connection closes.
const LINGER_MS = 2_000;

export type ShopServer = { server: Server; inFlight: () => number; startDraining: () => void };

// Decided when the headers go out, not when the request arrived: a request read just before
// SIGTERM and answered after it must still tell its keep-alive client to leave.
function adjustHeadersOnWrite(req: IncomingMessage, res: ServerResponse, draining: () => boolean): void {
  const writeHead = res.writeHead.bind(res) as (status: number, ...rest: unknown[]) => ServerResponse;
  res.writeHead = ((status: number, ...rest: unknown[]) => {
    if (draining()) res.setHeader("connection", "close");
    if (status === 413 && !req.complete) closeLingering(req, res);
    if (status !== 500 || !databaseRecentlyUnavailable()) return writeHead(status, ...rest);
    res.setHeader("retry-after", String(OUTAGE_RETRY_AFTER_SECONDS));
    return writeHead(503, ...rest);
  }) as ServerResponse["writeHead"];
}

// A live stream whose headers went out before the drain began (the drain ends it) did not say
// `Connection: close`: its keep-alive connection would stay open after it, holding the drain
// until the client's idle timeout (minutes, for a browser), and the client's reconnect would
// come back on it to this instance. Its connection is closed once the stream is sent.
// Only streams: closing an ordinary response's connection as it finishes races a client that
// is already sending its next request on it ("other side closed" in the PM2 reload test); that
// connection instead gets `Connection: close` with its next response.
function closeStreamAfterIfDraining(req: IncomingMessage, res: ServerResponse, draining: () => boolean): void {
  res.once("finish", () => {
    // An EventSource asks for a stream with this Accept header (Next.js's writeHead does not
    // leave the response's own content type readable here).
    const stream = req.headers.accept === "text/event-stream";
    if (stream && draining() && res.getHeader("connection") !== "close") req.socket.end();
  });
}

// A 413 usually goes out while the client (or a proxy in front) is still sending the body.
// Closing then, with unread data, makes the kernel reset the connection, and a reset can
// discard the 413 before the client has read it: it saw a dropped connection instead of "too
// large" (4 of 10 uploads through HAProxy). So the connection is half-closed after the answer
// and whatever still arrives is read and dropped for up to LINGER_MS ("lingering close", as
// nginx does), then closed. Node closes a `Connection: close` response's socket through
// destroySoon once the response is sent; this replaces it for that one socket, and calls it
// itself for a 413 that did not say `Connection: close` (a route's own), whose connection
// would otherwise stay open with the rest of the body still coming.
function closeLingering(req: IncomingMessage, res: ServerResponse): void {
  const socket = req.socket;
  let closing = false;
  socket.destroySoon = () => {
    if (closing) return;
    closing = true;
    socket.end();
    req.resume();
    socket.resume();
    const timer = setTimeout(() => socket.destroy(), LINGER_MS);
    socket.once("close", () => clearTimeout(timer));
  };
  res.once("finish", () => socket.destroySoon());
}

function refuseTooLarge(res: ServerResponse): void {
  res.writeHead(413, { "content-type": "application/json", connection: "close", "cache-control": "no-store" });
  res.end(JSON.stringify({ error: { code: "PAYLOAD_TOO_LARGE", message: "Request body too large" } }));
}

// A body with no declared length (chunked) is counted as Node's HTTP parser hands it over
// (IncomingMessage.push): past the path's cap it is answered 413 and no more of it is kept.
// A route's own count would come too late: Next.js reads a body for its middleware whatever
// its size, so an endless upload would be read to its end (or the request timeout).
function capStreamedBody(req: IncomingMessage, res: ServerResponse, limit: number): void {
  let received = 0;
  let overCap = false;
  const push = req.push.bind(req);
  req.push = (chunk: Buffer | null, encoding?: BufferEncoding) => {
    if (chunk === null) return push(chunk, encoding);
    received += chunk.length;
    if (received <= limit) return push(chunk, encoding);
    // Once: answer 413 (its connection then closes lingering), or, when another answer has
    // already started, cut the connection; a 413 of the route's own is left to close lingering.
    if (!overCap && !res.headersSent) refuseTooLarge(res);
    else if (!overCap && res.statusCode !== 413) req.socket.destroy();
    overCap = true;
    // Dropped, without back-pressure, which would stop reading the socket that the lingering
    // close must drain.
    return true;
  };
}

// One observation per request: its route pattern, method, status and duration.
function recordRequest(req: IncomingMessage, res: ServerResponse, routeOf: (pathname: string) => string): void {
  const stop = metrics.httpRequestDuration.startTimer();
  res.once("close", () => {
    const route = routeOf(new URL(req.url ?? "/", "http://internal").pathname);
    stop({ method: req.method ?? "GET", route, status: String(res.statusCode) });
  });
}

export function createShopServer(handle: RequestHandler, routeOf: (pathname: string) => string): ShopServer {
  let draining = false;
  let active = 0;

  const server = createServer(
    { connectionsCheckingInterval: TIMEOUT_CHECK_INTERVAL_MS },
    traceRequests(async (req, res) => {
      active += 1;
      res.once("close", () => {
        active -= 1;
      });
      req.headers[PEER_IP_HEADER] = req.socket.remoteAddress ?? "";
      adjustHeadersOnWrite(req, res, () => draining);
      closeStreamAfterIfDraining(req, res, () => draining);
      recordRequest(req, res, routeOf);
      const limit = bodyLimitFor(new URL(req.url ?? "/", "http://internal").pathname);
      if (Number(req.headers["content-length"] ?? "0") > limit) return refuseTooLarge(res);
      capStreamedBody(req, res, limit);
      await handle(req, res);
    }, routeOf),
  );
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
