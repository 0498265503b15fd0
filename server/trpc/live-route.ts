// The live subscriptions' HTTP side (GET /api/trpc/live.me, live.admin, live.product). The
// procedures run as every other one does (the same context, middlewares, input parsing and
// error formatter, through the router's caller); only the response is written by
// server/realtime/live-sse.ts instead of tRPC's SSE producer, in the same format.
import "server-only";
import type { IncomingMessage, ServerResponse } from "node:http";
import { TRPCError } from "@trpc/server";
import { getErrorShape } from "@trpc/server/unstable-core-do-not-import";
import superjson from "superjson";
import { logger } from "../lib/logger";
import { currentRequestId } from "../lib/request-context";
import { LIVE_SSE_OPTIONS } from "../realtime/live-limits";
import { type LiveSseStream, liveSseResponse, writeLiveSse } from "../realtime/live-sse";
import { requestIdFrom } from "../http/security-headers";
import { type Context, createContextFromHeaders } from "./context";
import { appRouter, createCaller } from "./root";

type Caller = ReturnType<typeof createCaller>;
// Each procedure parses its own input: these only route to it.
const subscriptions = {
  "live.me": (caller: Caller, input: unknown) => caller.live.me(input as never),
  "live.admin": (caller: Caller, input: unknown) => caller.live.admin(input as never),
  "live.product": (caller: Caller, input: unknown) => caller.live.product(input as never),
};
type LivePath = keyof typeof subscriptions;

const ENDPOINT = "/api/trpc/";

function livePathOfPathname(pathname: string): LivePath | null {
  if (!pathname.startsWith(ENDPOINT)) return null;
  const path = pathname.slice(ENDPOINT.length);
  return Object.hasOwn(subscriptions, path) ? (path as LivePath) : null;
}

export function livePathOf(req: Request): LivePath | null {
  return req.method === "GET" ? livePathOfPathname(new URL(req.url).pathname) : null;
}

// As tRPC reads it: the `input` parameter (superjson), with the browser's Last-Event-ID (a
// header on its own reconnects, a parameter on the link's) merged in.
function readInput(url: URL, lastEventId: string | null): unknown {
  const raw = url.searchParams.get("input");
  let input: unknown;
  try {
    input = raw === null ? undefined : superjson.deserialize(JSON.parse(raw));
  } catch (cause) {
    throw new TRPCError({ code: "PARSE_ERROR", message: "The stream's input is not valid JSON", cause });
  }
  if (!lastEventId) return input;
  if (input === undefined) return { lastEventId };
  return typeof input === "object" && input !== null ? { ...input, lastEventId } : input;
}

// A subscription that could not start: its stream sends the error (as tRPC's does).
function failing(error: unknown): AsyncIterable<never> {
  return { [Symbol.asyncIterator]: () => ({ next: () => Promise.reject(error) }) };
}

type Opened = { stream: LiveSseStream; cacheControl: string };

async function openLiveSubscription(
  path: LivePath,
  url: URL,
  reqHeaders: Headers,
  resHeaders: Headers | null,
): Promise<Opened> {
  const lastEventId =
    reqHeaders.get("last-event-id") ?? url.searchParams.get("lastEventId") ?? url.searchParams.get("Last-Event-Id");
  const abort = new AbortController();
  let ctx: Context | undefined;
  let input: unknown;
  let items: AsyncIterable<unknown>;
  try {
    input = readInput(url, lastEventId);
    ctx = await createContextFromHeaders(reqHeaders, resHeaders);
    items = await subscriptions[path](createCaller(ctx, { signal: abort.signal }), input);
  } catch (error) {
    // Failures inside procedures are logged by their middleware; a context that could not be
    // created was not (as the tRPC route's onError).
    if (!ctx && !(error instanceof TRPCError && error.code !== "INTERNAL_SERVER_ERROR"))
      logger.error(
        { err: error, path, requestId: currentRequestId() ?? reqHeaders.get("x-request-id") },
        "live stream failed to start",
      );
    items = failing(error);
  }
  const formatError = (error: TRPCError) =>
    getErrorShape({ config: appRouter._def._config, ctx, error, input, path, type: "subscription" });
  // no-transform: a compressing proxy would hold frames back.
  const cacheControl = ctx?.session ? "private, no-store, no-transform" : "no-store, no-transform";
  return { stream: { items, lastEventId, abort, formatError }, cacheControl };
}

// Next.js's route (Vercel, `next start`, and the production server's first streams before this
// module registered its node route below).
export async function liveRouteResponse(req: Request, path: LivePath): Promise<Response> {
  const headers = new Headers();
  const { stream, cacheControl } = await openLiveSubscription(path, new URL(req.url), req.headers, headers);
  req.signal.addEventListener("abort", () => stream.abort.abort(), { once: true });
  headers.set("cache-control", cacheControl);
  return liveSseResponse(stream, LIVE_SSE_OPTIONS, headers);
}

// The production server hands live streams here before Next.js: written straight to the node
// response, without the web streams Next.js would pipe a Response through (docs/decisions/044).
// Middleware does not run for them: it only adds the request id and a page's CSP.
export async function serveLiveOnNode(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
  const url = new URL(req.url ?? "/", "http://internal");
  const path = req.method === "GET" ? livePathOfPathname(url.pathname) : null;
  if (!path) return false;
  const reqHeaders = new Headers();
  for (const [name, value] of Object.entries(req.headers))
    if (value !== undefined) reqHeaders.set(name, Array.isArray(value) ? value.join(", ") : value);
  const requestId = requestIdFrom(reqHeaders.get("x-request-id"));
  reqHeaders.set("x-request-id", requestId);
  const { stream, cacheControl } = await openLiveSubscription(path, url, reqHeaders, null);
  // writeLiveSse ends the subscription when the client leaves, also before it started writing.
  writeLiveSse(stream, LIVE_SSE_OPTIONS, res, {
    "cache-control": cacheControl,
    "x-request-id": requestId,
    "x-content-type-options": "nosniff",
  });
  return true;
}
