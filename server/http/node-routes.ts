// A route the production server (server/runtime) answers itself, before Next.js: registered by
// the app's own module when Next.js loads it (the live streams, server/trpc/live-route.ts).
// The app, bundled by Next.js, and the server around it are separate bundles in one process,
// so the registration lives on globalThis, as the lifecycle's state does. Until it is there
// (and wherever there is no such server: Vercel, `next start`) Next.js serves the same route.
import "server-only";
import type { IncomingMessage, ServerResponse } from "node:http";

// Resolves true when it answered the request, false to leave it to Next.js.
export type NodeRoute = (req: IncomingMessage, res: ServerResponse) => Promise<boolean>;

const registry = globalThis as unknown as { shopfrontNodeRoute?: NodeRoute };

export function registerNodeRoute(route: NodeRoute): void {
  registry.shopfrontNodeRoute = route;
}

export function registeredNodeRoute(): NodeRoute | undefined {
  return registry.shopfrontNodeRoute;
}
