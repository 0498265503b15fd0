// The presigned POST policy is computed and signed locally (no request), so its exact
// conditions can be read back from the signed Policy field.
import { S3Client } from "@aws-sdk/client-s3";
import { describe, expect, it } from "vitest";
import { MAX_IMAGE_BYTES, MIN_IMAGE_BYTES, UPLOAD_EXPIRES_SECONDS, createUploadInput } from "./media.schema";
import { presignImagePost, quarantineKey } from "./upload-policy";

const s3 = new S3Client({ region: "us-east-1", endpoint: "http://127.0.0.1:9", forcePathStyle: true, credentials: { accessKeyId: "test", secretAccessKey: "test" } });
const productId = "0192f1c4-8f5e-7d2a-9b1c-3e4f5a6b7c8d";

describe("image upload policy", () => {
  it("pins a server-made quarantine key, the exact type and a size range, and expires within minutes", async () => {
    const key = quarantineKey(productId, "image/png");
    expect(key).toMatch(new RegExp(`^quarantine/${productId}/[0-9a-f-]{36}\\.png$`));
    const before = Date.now();
    const post = await presignImagePost(s3, "media", { key, contentType: "image/png", minBytes: MIN_IMAGE_BYTES, maxBytes: MAX_IMAGE_BYTES, expiresSeconds: UPLOAD_EXPIRES_SECONDS });
    expect(post.url).toBe("http://127.0.0.1:9/media");
    expect(post.fields).toMatchObject({ key, "Content-Type": "image/png" });
    const policy = JSON.parse(Buffer.from(post.fields.Policy ?? "", "base64").toString("utf8")) as { expiration: string; conditions: unknown[] };
    expect(policy.conditions).toEqual(
      expect.arrayContaining([
        ["content-length-range", MIN_IMAGE_BYTES, MAX_IMAGE_BYTES],
        ["eq", "$Content-Type", "image/png"],
        ["eq", "$key", key],
        { bucket: "media" },
      ]),
    );
    const expiresInSeconds = (Date.parse(policy.expiration) - before) / 1000;
    expect(expiresInSeconds).toBeGreaterThan(0);
    expect(expiresInSeconds).toBeLessThanOrEqual(UPLOAD_EXPIRES_SECONDS + 1);
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
