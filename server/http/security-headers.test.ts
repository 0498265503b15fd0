import { describe, expect, it } from "vitest";
import { buildContentSecurityPolicy, createNonce, requestIdFrom } from "./security-headers";

function directives(csp: string): Map<string, string[]> {
  return new Map(csp.split("; ").map((directive) => {
    const [name = "", ...values] = directive.split(" ");
    return [name, values];
  }));
}

describe("content security policy", () => {
  it("allows scripts only by nonce with strict-dynamic in production", () => {
    const csp = directives(buildContentSecurityPolicy({ nonce: "abc123", production: true, https: true }));
    expect(csp.get("script-src")).toEqual(["'self'", "'nonce-abc123'", "'strict-dynamic'"]);
    expect(csp.get("frame-ancestors")).toEqual(["'none'"]);
    expect(csp.get("object-src")).toEqual(["'none'"]);
    expect(csp.has("upgrade-insecure-requests")).toBe(true);
    expect(buildContentSecurityPolicy({ nonce: "abc123", production: true, https: true })).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline/);
  });

  it("lets the browser post uploads to the bucket and nowhere else", () => {
    process.env.S3_ENDPOINT = "http://127.0.0.1:4569";
    try {
      expect(directives(buildContentSecurityPolicy({ nonce: "n", production: true, https: false })).get("connect-src")).toEqual(["'self'", "http://127.0.0.1:4569"]);
    } finally {
      delete process.env.S3_ENDPOINT;
    }
    expect(directives(buildContentSecurityPolicy({ nonce: "n", production: true, https: false })).get("connect-src")).toEqual(["'self'"]);
  });

  it("allows AWS S3's regional endpoint when a bucket is set without an endpoint", () => {
    Object.assign(process.env, { S3_BUCKET: "shop-media", S3_REGION: "eu-west-3" });
    try {
      expect(directives(buildContentSecurityPolicy({ nonce: "n", production: true, https: true })).get("connect-src")).toEqual(["'self'", "https://s3.eu-west-3.amazonaws.com"]);
    } finally {
      delete process.env.S3_BUCKET;
      delete process.env.S3_REGION;
    }
  });

  it("adds unsafe-eval only for next dev", () => {
    const csp = directives(buildContentSecurityPolicy({ nonce: "n", production: false, https: false }));
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
