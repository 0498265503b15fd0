// Environment, validated once per process. Import `env` only from server code; middleware
// (edge) imports `edgeEnv` from ./edge-env instead.
import "server-only";
import { z } from "zod";
import { edgeEnvSchema } from "./edge-env";

const serverEnvSchema = edgeEnvSchema.extend({
  DATABASE_URL: z.url(),
  // Optional: without Redis, caches are skipped and shared state falls back to in-process stores.
  REDIS_URL: z.url().optional(),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  ACCESS_TOKEN_TTL_SECONDS: z.coerce.number().int().min(300).max(900).default(600),
  SESSION_MAX_AGE_DAYS: z.coerce.number().int().min(1).max(90).default(30),
});

export type ServerEnv = z.infer<typeof serverEnvSchema>;

function parseEnv(): ServerEnv {
  const parsed = serverEnvSchema.safeParse(process.env);
  if (!parsed.success) {
    throw new Error(`Invalid environment:\n${z.prettifyError(parsed.error)}`);
  }
  return parsed.data;
}

export const env = parseEnv();
