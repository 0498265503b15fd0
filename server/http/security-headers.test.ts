import { describe, expect, it } from "vitest";
import { buildContentSecurityPolicy, createNonce, requestIdFrom, type MediaOrigins } from "./security-headers";

// The edge env's defaults: images from this app's /media route, no bucket.
const media: MediaOrigins = { MEDIA_PUBLIC_URL: "/media", S3_REGION: "us-east-1" };

function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp.split("; ").map((directive) => {
      const [name = "", ...values] = directive.split(" ");
      return [name, values];
    }),
  );
}

describe("content security policy", () => {
  it("allows scripts only by nonce with strict-dynamic in production", () => {
    const csp = directives(buildContentSecurityPolicy({ nonce: "abc123", production: true, https: true, media }));
    expect(csp.get("script-src")).toEqual(["'self'", "'nonce-abc123'", "'strict-dynamic'"]);
    expect(csp.get("frame-ancestors")).toEqual(["'none'"]);
    expect(csp.get("object-src")).toEqual(["'none'"]);
    expect(csp.has("upgrade-insecure-requests")).toBe(true);
    expect(buildContentSecurityPolicy({ nonce: "abc123", production: true, https: true, media })).not.toMatch(
      /unsafe-eval|script-src[^;]*unsafe-inline/,
    );
  });

  it("lets the browser post uploads to the bucket and nowhere else", () => {
    const withEndpoint = { ...media, S3_ENDPOINT: "http://127.0.0.1:4569", S3_BUCKET: "media" };
    expect(
      directives(buildContentSecurityPolicy({ nonce: "n", production: true, https: false, media: withEndpoint })).get(
        "connect-src",
      ),
    ).toEqual(["'self'", "http://127.0.0.1:4569"]);
    expect(
      directives(buildContentSecurityPolicy({ nonce: "n", production: true, https: false, media })).get("connect-src"),
    ).toEqual(["'self'"]);
  });

  it("allows AWS S3's regional endpoint when a bucket is set without an endpoint", () => {
    const onAws = { ...media, S3_BUCKET: "shop-media", S3_REGION: "eu-west-3" };
    expect(
      directives(buildContentSecurityPolicy({ nonce: "n", production: true, https: true, media: onAws })).get(
        "connect-src",
      ),
    ).toEqual(["'self'", "https://s3.eu-west-3.amazonaws.com"]);
  });

  it("shows images from a media CDN, and from this origin only without one", () => {
    const onCdn = { ...media, MEDIA_PUBLIC_URL: "https://media.example.com/shop/" };
    expect(
      directives(buildContentSecurityPolicy({ nonce: "n", production: true, https: true, media: onCdn })).get(
        "img-src",
      ),
    ).toEqual(["'self'", "data:", "blob:", "https://media.example.com"]);
    expect(
      directives(buildContentSecurityPolicy({ nonce: "n", production: true, https: true, media })).get("img-src"),
    ).toEqual(["'self'", "data:", "blob:"]);
  });

  it("adds unsafe-eval only for next dev", () => {
    const csp = directives(buildContentSecurityPolicy({ nonce: "n", production: false, https: false, media }));
    expect(csp.get("script-src")).toContain("'unsafe-eval'");
    expect(csp.has("upgrade-insecure-requests")).toBe(false);
  });

  it("makes a fresh 128-bit nonce each time", () => {
    const nonces = new Set(Array.from({ length: 50 }, createNonce));
    expect(nonces.size).toBe(50);
    for (const nonce of nonces) expect(atob(nonce)).toHaveLength(16);
  });
});

describe("request id", () => {
  it("keeps a well-formed upstream id and replaces anything else", () => {
    expect(requestIdFrom("lb-0123456789")).toBe("lb-0123456789");
    for (const bad of [null, "short", "has spaces in it", "x".repeat(65), "inject\nheader"]) {
      expect(requestIdFrom(bad)).toMatch(/^[0-9a-f-]{36}$/);
    }
  });
});
