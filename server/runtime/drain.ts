// SIGTERM, in order: readiness turns 503 and live streams are told to end (beginDrain);
// responses now say `Connection: close`, so keep-alive clients leave after their current
// request; new connections are still taken for the deregistration delay, until a load balancer
// has seen the 503 and stopped sending them; then the listener closes, so no new connection
// arrives (the balancer, or PM2's cluster master, sends them to another instance); in-flight
// requests finish, up to the grace period; then the shutdown hooks run (job worker, Redis,
// PostgreSQL; at most 3 s) and the process exits 0.
// Idle keep-alive connections are not cut at once (a request could be on its way on one):
// they leave with their next response or at their keep-alive timeout.
import "server-only";
import { Server as NetServer } from "node:net";
import { setTimeout as sleep } from "node:timers/promises";
import { beginDrain, runShutdownHooks } from "../lib/lifecycle";
import type { ShopServer } from "./http-server";

type Log = (message: string, fields?: Record<string, unknown>) => void;

// The hooks' own deadline, inside PM2's kill_timeout (grace + 5 s). A hook can wait forever:
// closing the PostgreSQL pool waits for every connection to come back, and a request stuck on a
// lock past the grace period never gives its connection back.
const HOOKS_DEADLINE_MS = 3_000;

async function settled(shop: ShopServer, deadline: number): Promise<boolean> {
  while (Date.now() < deadline) {
    const connections = await new Promise<number>((resolve) =>
      shop.server.getConnections((_, count) => resolve(count)),
    );
    if (shop.inFlight() === 0 && connections === 0) return true;
    await sleep(100);
  }
  return false;
}

export async function drainAndExit(
  shop: ShopServer,
  options: { graceMs: number; deregisterMs: number; log: Log },
): Promise<never> {
  const started = Date.now();
  options.log("draining", { graceMs: options.graceMs, deregisterMs: options.deregisterMs });
  beginDrain();
  shop.startDraining();
  // Closing a listener resets every connection the kernel has accepted that the server has not
  // yet taken (a busy event loop leaves several queued), and a balancer keeps opening new ones
  // until its health checks see the 503: keep taking them until it has moved on.
  // None asked for (a single instance, no balancer): stop listening now, in the signal's own tick;
  // a timer of 0 would let a busy event loop accept a few more connections first, only to reset them.
  if (options.deregisterMs > 0) await sleep(Math.min(options.deregisterMs, options.graceMs));
  // net.Server's close: stops listening without http.Server's closing of idle connections.
  NetServer.prototype.close.call(shop.server);
  const clean = await settled(shop, started + options.graceMs);
  if (!clean) {
    options.log("grace period over; closing the remaining connections", { inFlight: shop.inFlight() });
    shop.server.closeAllConnections();
  }
  const hooks = runShutdownHooks((name, error) =>
    options.log("shutdown hook failed", { hook: name, error: String(error) }),
  ).then(() => true);
  if (!(await Promise.race([hooks, sleep(HOOKS_DEADLINE_MS).then(() => false)]))) {
    options.log("shutdown hooks did not finish; exiting without them", { deadlineMs: HOOKS_DEADLINE_MS });
  }
  options.log("stopped", { ms: Date.now() - started });
  process.exit(0);
}
