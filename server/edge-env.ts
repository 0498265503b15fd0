// The subset of the environment the edge middleware may read. No Node APIs here.
import { z } from "./lib/zod";

export const edgeEnvSchema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  // HS256 key for access JWTs: at least 32 bytes of entropy.
  AUTH_SECRET: z.string().min(32, "AUTH_SECRET must be at least 32 characters"),
  // Public origin of the site, e.g. https://shop.example.com. Used for issuer and CSRF checks.
  APP_URL: z.url().default("http://localhost:3000"),
});

export type EdgeEnv = z.infer<typeof edgeEnvSchema>;

let cached: EdgeEnv | undefined;

export function edgeEnv(): EdgeEnv {
  cached ??= edgeEnvSchema.parse({
    NODE_ENV: process.env.NODE_ENV,
    AUTH_SECRET: process.env.AUTH_SECRET,
    APP_URL: process.env.APP_URL,
  });
  return cached;
}
