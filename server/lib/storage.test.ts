// The presigned POST policy is computed and signed locally (no request), so its exact
// conditions can be read back from the signed Policy field.
import { S3Client } from "@aws-sdk/client-s3";
import { describe, expect, it } from "vitest";
import { signUploadPost } from "./storage";

const s3 = new S3Client({
  region: "us-east-1",
  endpoint: "http://127.0.0.1:9",
  forcePathStyle: true,
  credentials: { accessKeyId: "test", secretAccessKey: "test" },
});
const key = "quarantine/0192f1c4-8f5e-7d2a-9b1c-3e4f5a6b7c8d/4f0c7e86-1d2b-4d8e-9a51-3b6f0e2a9c17.png";

describe("upload policy", () => {
  it("pins the key, the exact type and a size range, and expires when asked", async () => {
    const before = Date.now();
    const post = await signUploadPost(s3, "media", {
      key,
      contentType: "image/png",
      minBytes: 100,
      maxBytes: 5_000_000,
      expiresSeconds: 300,
    });
    expect(post.url).toBe("http://127.0.0.1:9/media");
    expect(post.fields).toMatchObject({ key, "Content-Type": "image/png" });
    const policy = JSON.parse(Buffer.from(post.fields.Policy ?? "", "base64").toString("utf8")) as {
      expiration: string;
      conditions: unknown[];
    };
    expect(policy.conditions).toEqual(
      expect.arrayContaining([
        ["content-length-range", 100, 5_000_000],
        ["eq", "$Content-Type", "image/png"],
        ["eq", "$key", key],
        { bucket: "media" },
      ]),
    );
    const expiresInSeconds = (Date.parse(policy.expiration) - before) / 1000;
    expect(expiresInSeconds).toBeGreaterThan(0);
    expect(expiresInSeconds).toBeLessThanOrEqual(300 + 1);
  });
});
