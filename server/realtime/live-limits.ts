// How long one live stream lives, and how it stays alive. Each ends after at most
// LIVE_STREAM_MAX_MS and the client reconnects at once, with its last event id, through a new
// request: its session is then checked afresh by the context (a revoked session or a disabled
// account gets no new stream), so a stream never outlives the access token it started with.
// The bound is also what Vercel allows a function: the tRPC route's `maxDuration`
// (app/api/trpc/[trpc]/route.ts, a literal there, as Next.js requires) must stay above it, or
// the platform cuts the stream first, without the clean end the client resumes from.
import "server-only";
import { env } from "../env";

export const LIVE_ROUTE_MAX_DURATION_SECONDS = 300;
// Ends 20 s before the platform's limit, and within one access-token lifetime.
export const LIVE_STREAM_MAX_MS = Math.min(
  env.ACCESS_TOKEN_TTL_SECONDS * 1_000,
  LIVE_ROUTE_MAX_DURATION_SECONDS * 1_000 - 20_000,
);

// A comment line every 10 s keeps proxies (nginx's 60 s proxy_read_timeout, a balancer's idle
// timeout) from closing a quiet stream, and lets the client notice a dead one: after 25 s
// without even a ping, it reconnects.
export const LIVE_SSE_OPTIONS = {
  maxDurationMs: LIVE_STREAM_MAX_MS,
  ping: { enabled: true, intervalMs: 10_000 },
  client: { reconnectAfterInactivityMs: 25_000 },
};
