// Routes the production server (server/runtime) answers itself, before Next.js: registered by
// the app's own modules when Next.js loads them (the live streams, server/trpc/live-route.ts;
// cached product pages, server/catalog/product-page-cache.ts). The app, bundled by Next.js, and
// the server around it are separate bundles in one process, so the registrations live on
// globalThis, as the lifecycle's state does. Until a route is there (and wherever there is no
// such server: Vercel, `next start`) Next.js serves the same request.
import "server-only";
import type { IncomingMessage, ServerResponse } from "node:http";

// Resolves true when it answered the request, false to leave it to Next.js.
export type NodeRoute = (req: IncomingMessage, res: ServerResponse) => Promise<boolean>;

const registry = globalThis as unknown as { shopfrontNodeRoutes?: Map<string, NodeRoute> };

// By name: a module evaluated again (a second bundle of it) replaces its route, never adds one.
export function registerNodeRoute(name: string, route: NodeRoute): void {
  registry.shopfrontNodeRoutes ??= new Map();
  registry.shopfrontNodeRoutes.set(name, route);
}

// True when a registered route answered the request.
export async function answeredByNodeRoute(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
  for (const route of registry.shopfrontNodeRoutes?.values() ?? []) if (await route(req, res)) return true;
  return false;
}
