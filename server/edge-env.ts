// The subset of the environment the edge middleware may read. No Node APIs here.
import { z } from "./lib/zod";

const nodeEnvSchema = z.enum(["development", "test", "production"]).default("development");

// NODE_ENV alone needs no secret, so modules that settle on it when they load (cookie names)
// can read it wherever they run: edge, Node, `next build`, unit tests.
export const isProduction = nodeEnvSchema.parse(process.env.NODE_ENV) === "production";

export const edgeEnvSchema = z.object({
  NODE_ENV: nodeEnvSchema,
  // HS256 key for access JWTs: at least 32 bytes of entropy.
  AUTH_SECRET: z.string().min(32, "AUTH_SECRET must be at least 32 characters"),
  // Public origin of the site, e.g. https://shop.example.com. Used for issuer and CSRF checks.
  APP_URL: z.url().default("http://localhost:3000"),
  // Where confirmed images are served from: this app's /media route, or a CDN origin (then
  // set at build time too: next.config.js allows it for next/image). The CSP names it.
  MEDIA_PUBLIC_URL: z.union([z.string().startsWith("/"), z.url()]).default("/media"),
  // S3-compatible storage for product images (S3, R2, MinIO; s3rver in development and tests).
  // Browsers upload straight to it, so the CSP names it too. Without S3_BUCKET, uploads are off.
  S3_ENDPOINT: z.url().optional(),
  S3_REGION: z.string().min(1).default("us-east-1"),
  S3_BUCKET: z.string().min(3).optional(),
});

export type EdgeEnv = z.infer<typeof edgeEnvSchema>;

let cached: EdgeEnv | undefined;

export function edgeEnv(): EdgeEnv {
  cached ??= edgeEnvSchema.parse({
    NODE_ENV: process.env.NODE_ENV,
    AUTH_SECRET: process.env.AUTH_SECRET,
    APP_URL: process.env.APP_URL,
    MEDIA_PUBLIC_URL: process.env.MEDIA_PUBLIC_URL,
    S3_ENDPOINT: process.env.S3_ENDPOINT,
    S3_REGION: process.env.S3_REGION,
    S3_BUCKET: process.env.S3_BUCKET,
  });
  return cached;
}
