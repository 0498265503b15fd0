// Where uploads go and what the bucket is told to accept. Pure (no environment), so the signed
// policy can be checked in a unit test.
import "server-only";
import { randomUUID } from "node:crypto";
import type { S3Client } from "@aws-sdk/client-s3";
import { createPresignedPost, type PresignedPost } from "@aws-sdk/s3-presigned-post";
import { QUARANTINE_PREFIX, imageExtensions, type ImageContentType } from "./media.schema";

// Confirmed uploads are copied here; only these keys are ever served.
export const PUBLIC_PREFIX = "products/";

export const quarantineKey = (productId: string, contentType: ImageContentType) => `${QUARANTINE_PREFIX}${productId}/${randomUUID()}.${imageExtensions[contentType]}`;
export const publicKey = (productId: string, contentType: ImageContentType) => `${PUBLIC_PREFIX}${productId}/${randomUUID()}.${imageExtensions[contentType]}`;

export type UploadPolicy = { key: string; contentType: ImageContentType; minBytes: number; maxBytes: number; expiresSeconds: number };

// A browser POSTs the file straight to the bucket with these fields. The signed policy pins
// the key, the exact Content-Type and the size range (a real S3 enforces them; the server checks
// the object again on confirm either way).
export function presignImagePost(s3: S3Client, bucket: string, policy: UploadPolicy): Promise<PresignedPost> {
  return createPresignedPost(s3, {
    Bucket: bucket,
    Key: policy.key,
    Conditions: [
      ["content-length-range", policy.minBytes, policy.maxBytes],
      ["eq", "$Content-Type", policy.contentType],
      ["eq", "$key", policy.key],
    ],
    Fields: { "Content-Type": policy.contentType },
    Expires: policy.expiresSeconds,
  });
}
