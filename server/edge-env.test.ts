import { afterEach, describe, expect, it, vi } from "vitest";
import { edgeEnvSchema } from "./edge-env";

const AUTH_SECRET = "an-edge-env-test-secret-of-enough-length";

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

describe("edge environment", () => {
  it("reads where images are served from and uploaded to, for middleware's CSP", async () => {
    vi.stubEnv("AUTH_SECRET", AUTH_SECRET);
    vi.stubEnv("MEDIA_PUBLIC_URL", "https://media.example.com");
    vi.stubEnv("S3_ENDPOINT", "http://127.0.0.1:4569");
    vi.stubEnv("S3_BUCKET", "shop-media");
    const { edgeEnv } = await import("./edge-env");
    expect(edgeEnv()).toMatchObject({
      MEDIA_PUBLIC_URL: "https://media.example.com",
      S3_ENDPOINT: "http://127.0.0.1:4569",
      S3_BUCKET: "shop-media",
      S3_REGION: "us-east-1",
    });
  });

  it("serves images from this app's /media route unless told otherwise", () => {
    expect(edgeEnvSchema.parse({ AUTH_SECRET }).MEDIA_PUBLIC_URL).toBe("/media");
  });

  it("refuses a media location that is neither a path nor a URL", () => {
    expect(edgeEnvSchema.safeParse({ AUTH_SECRET, MEDIA_PUBLIC_URL: "media.example.com" }).success).toBe(false);
  });
});
