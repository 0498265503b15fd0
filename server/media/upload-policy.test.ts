// Image uploads: what the bucket's signed policy is asked to pin (its signing is tested in
// server/lib/storage.test.ts), and which files may be declared at all.
import { describe, expect, it } from "vitest";
import { MAX_IMAGE_BYTES, MIN_IMAGE_BYTES, UPLOAD_EXPIRES_SECONDS, createUploadInput } from "./media.schema";
import { quarantineKey } from "./upload-policy";

const productId = "0192f1c4-8f5e-7d2a-9b1c-3e4f5a6b7c8d";

describe("image upload policy", () => {
  it("puts each upload under its own server-made quarantine key, for a size range, within minutes", () => {
    expect(quarantineKey(productId, "image/png")).toMatch(new RegExp(`^quarantine/${productId}/[0-9a-f-]{36}\\.png$`));
    expect(quarantineKey(productId, "image/png")).not.toBe(quarantineKey(productId, "image/png"));
    expect(MIN_IMAGE_BYTES).toBeGreaterThan(0);
    expect(MAX_IMAGE_BYTES).toBeGreaterThan(MIN_IMAGE_BYTES);
    expect(UPLOAD_EXPIRES_SECONDS).toBeLessThanOrEqual(600);
  });

  it("accepts only raster types within the size range", () => {
    const valid = { productId, contentType: "image/webp", sizeBytes: 2048 };
    expect(createUploadInput.safeParse(valid).success).toBe(true);
    for (const contentType of ["image/svg+xml", "text/html", "image/gif", "application/octet-stream"]) {
      expect(createUploadInput.safeParse({ ...valid, contentType }).success).toBe(false);
    }
    expect(createUploadInput.safeParse({ ...valid, sizeBytes: MAX_IMAGE_BYTES + 1 }).success).toBe(false);
    expect(createUploadInput.safeParse({ ...valid, sizeBytes: MIN_IMAGE_BYTES - 1 }).success).toBe(false);
    expect(createUploadInput.safeParse({ ...valid, key: "products/mine.png" }).success).toBe(false);
  });
});
