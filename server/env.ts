// Environment, validated once per process. Import `env` only from server code; middleware
// (edge) imports `edgeEnv` from ./edge-env instead.
import "server-only";
import { z } from "./lib/zod";
import { edgeEnvSchema } from "./edge-env";

const serverEnvSchema = edgeEnvSchema.extend({
  DATABASE_URL: z.url(),
  // Optional: without Redis, caches are skipped and shared state falls back to in-process stores.
  REDIS_URL: z.url().optional(),
  // Tests log nothing unless asked to.
  LOG_LEVEL: z
    .enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"])
    .default(process.env.NODE_ENV === "test" ? "silent" : "info"),
  ACCESS_TOKEN_TTL_SECONDS: z.coerce.number().int().min(300).max(900).default(600),
  SESSION_MAX_AGE_DAYS: z.coerce.number().int().min(1).max(90).default(30),
  // How long a placed order waits for payment before its stock is released.
  PAYMENT_WINDOW_MINUTES: z.coerce.number().int().min(1).max(1440).default(30),
  // Standard Webhooks secrets ("whsec_…", comma-separated: several during key rotation) of
  // the payment provider. Unset: the payment webhook answers 503.
  PAYMENT_WEBHOOK_SECRETS: z.string().min(1).optional(),
  // The built-in test payment provider (/checkout/pay page). Never in real production.
  PAYMENTS_TEST_MODE: z.enum(["true", "false"]).default(process.env.NODE_ENV === "production" ? "false" : "true"),
  // Email: real Resend with an API key, or a Resend-compatible capture server by base URL.
  RESEND_API_KEY: z.string().min(1).optional(),
  RESEND_BASE_URL: z.url().optional(),
  MAIL_FROM: z.string().min(3).default("Shopfront <shop@shopfront.test>"),
  // The captured-mail viewer (/dev/mail) in a production build: off unless set, and then for
  // staff only (captured mail holds password-reset links). Development always shows it.
  MAIL_VIEWER_ENABLED: z.enum(["true", "false"]).default("false"),
  // Jobs run in the web process only in development by default; production runs
  // `npm run worker` beside the web instances (or the Vercel cron route).
  JOBS_IN_PROCESS: z.enum(["true", "false"]).default(process.env.NODE_ENV === "production" ? "false" : "true"),
  // The request header a trusted proxy in front of the app sets to the client's address
  // (e.g. "x-real-ip" behind nginx). Vercel's own is the default there.
  TRUSTED_PROXY_IP_HEADER: z
    .string()
    .regex(/^[a-z0-9-]+$/i)
    .optional()
    .transform((name) => name ?? (process.env.VERCEL ? "x-real-ip" : undefined)),
  // Bearer token for GET /api/metrics (Prometheus). Unset: the endpoint does not exist.
  METRICS_TOKEN: z.string().min(16).optional(),
  // OpenTelemetry traces go out over OTLP/HTTP when either is set (the base endpoint gets
  // /v1/traces appended; the traces endpoint is used as it is). Unset, and not on Vercel:
  // tracing is off. The SDK reads the other standard OTEL_* variables itself (protocol,
  // headers, sampler, resource attributes).
  OTEL_EXPORTER_OTLP_ENDPOINT: z.url().optional(),
  OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: z.url().optional(),
  // Set to "1" by Vercel: traces go to Vercel's collector there.
  VERCEL: z.string().optional(),
  // Multiplies every per-address rate limit (sign-in, sign-up, reset, link submission).
  RATE_LIMIT_IP_SCALE: z.coerce.number().int().min(1).max(1000).default(1),
  // Set by the production server (server/runtime) for the app it runs: the connection's own
  // address arrives in x-shopfront-peer-ip. Never set it by hand.
  SHOPFRONT_PEER_IP_HEADER: z.enum(["1"]).optional(),
  // "1" switches on the plain-`pg` baseline routes under /api/bench (benchmarks only, never in
  // production): they trust their caller.
  BENCH_BASELINE: z.enum(["1"]).optional(),
  // Bearer secret for the Vercel cron route that drains the job queue.
  CRON_SECRET: z.string().min(16).optional(),
  // The image bucket's credentials (its endpoint, region and name are in edge-env.ts).
  S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
});

export type ServerEnv = z.infer<typeof serverEnvSchema>;

// `next build` imports every route module to read its config, without runtime secrets, and
// serves no request. Placeholders let those modules load; they never reach a connection.
const BUILD_TIME_PLACEHOLDERS = {
  DATABASE_URL: "postgresql://build-time-placeholder.invalid/unused",
  AUTH_SECRET: "build-time-placeholder-never-used-to-sign-anything",
};

function parseEnv(): ServerEnv {
  const building = process.env.NEXT_PHASE === "phase-production-build";
  const source = building ? { ...BUILD_TIME_PLACEHOLDERS, ...process.env } : process.env;
  const parsed = serverEnvSchema.safeParse(source);
  if (!parsed.success) {
    throw new Error(`Invalid environment:\n${z.prettifyError(parsed.error)}`);
  }
  return parsed.data;
}

export const env = parseEnv();
