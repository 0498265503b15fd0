// The environment of the production server's launcher (main.ts). The launcher runs outside
// Next.js and starts before the app it serves, so it cannot use the app's env (server/env.ts
// validates the whole app's configuration once, as the app loads, with NODE_ENV already set
// here). It reads its own few settings and sets what the app and Next.js read from theirs.
import "server-only";
import { z } from "../lib/zod";

const launcherEnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65_535).default(3000),
  HOSTNAME: z.string().min(1).default("0.0.0.0"),
  // How long in-flight requests may finish after SIGTERM.
  SHUTDOWN_GRACE_SECONDS: z.coerce.number().min(0).default(25),
  // Part of the grace period: longer than a load balancer takes to mark a server down (HAProxy
  // as configured for this app: 2 failed checks 1 s apart).
  SHUTDOWN_DEREGISTER_SECONDS: z.coerce.number().min(0).default(3),
});

export type LauncherSettings = { port: number; hostname: string; graceMs: number; deregisterMs: number };

export function launcherSettings(): LauncherSettings {
  const parsed = launcherEnvSchema.safeParse({
    PORT: process.env.PORT,
    HOSTNAME: process.env.HOSTNAME,
    SHUTDOWN_GRACE_SECONDS: process.env.SHUTDOWN_GRACE_SECONDS,
    SHUTDOWN_DEREGISTER_SECONDS: process.env.SHUTDOWN_DEREGISTER_SECONDS,
  });
  if (!parsed.success) throw new Error(`Invalid environment:\n${z.prettifyError(parsed.error)}`);
  const settings = parsed.data;
  return {
    port: settings.PORT,
    hostname: settings.HOSTNAME,
    graceMs: settings.SHUTDOWN_GRACE_SECONDS * 1000,
    deregisterMs: settings.SHUTDOWN_DEREGISTER_SECONDS * 1000,
  };
}

// The app under this server runs in production and finds each connection's own address in
// x-shopfront-peer-ip (set by http-server.ts; server/lib/client-ip.ts reads it).
export function setAppEnvironment(): void {
  Object.assign(process.env, { NODE_ENV: "production", SHOPFRONT_PEER_IP_HEADER: "1" });
}

// What Next's own standalone server.js hands Next.js: the build's configuration, and that
// shutdown is ours (drain.ts), so Next must not exit on SIGTERM by itself.
export function setNextStandaloneEnvironment(config: Record<string, unknown>): void {
  process.env.__NEXT_PRIVATE_STANDALONE_CONFIG = JSON.stringify(config);
  process.env.NEXT_MANUAL_SIG_HANDLE = "true";
}
