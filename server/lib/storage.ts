// The object store for uploaded images, through the AWS SDK (S3, R2, MinIO, s3rver). Path-style
// addressing, so a local endpoint needs no DNS per bucket.
import "server-only";
import {
  CopyObjectCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  NoSuchKey,
  NotFound,
  S3Client,
} from "@aws-sdk/client-s3";
import { createPresignedPost, type PresignedPost } from "@aws-sdk/s3-presigned-post";
import { env } from "../env";
import { DomainError } from "./errors";

const globalForStorage = globalThis as { shopfrontS3?: S3Client };

function bucket(): string {
  if (!env.S3_BUCKET) throw new DomainError("SERVICE_UNAVAILABLE", "Image storage is not configured");
  return env.S3_BUCKET;
}

function client(): S3Client {
  globalForStorage.shopfrontS3 ??= new S3Client({
    region: env.S3_REGION,
    forcePathStyle: true,
    ...(env.S3_ENDPOINT ? { endpoint: env.S3_ENDPOINT } : {}),
    ...(env.S3_ACCESS_KEY_ID && env.S3_SECRET_ACCESS_KEY
      ? { credentials: { accessKeyId: env.S3_ACCESS_KEY_ID, secretAccessKey: env.S3_SECRET_ACCESS_KEY } }
      : {}),
  });
  return globalForStorage.shopfrontS3;
}

// One object a browser may POST straight to the bucket, and for how long.
export type UploadPolicy = {
  key: string;
  contentType: string;
  minBytes: number;
  maxBytes: number;
  expiresSeconds: number;
};

export function presignUpload(policy: UploadPolicy): Promise<PresignedPost> {
  return signUploadPost(client(), bucket(), policy);
}

// The form fields for that POST. The signed policy pins the key, the exact Content-Type and the
// size range (a real S3 enforces them; callers check the object again after upload either way).
// Computed and signed locally, with no request.
export function signUploadPost(s3: S3Client, bucketName: string, policy: UploadPolicy): Promise<PresignedPost> {
  return createPresignedPost(s3, {
    Bucket: bucketName,
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

const isMissing = (error: unknown) =>
  error instanceof NotFound || error instanceof NoSuchKey || (error as { name?: string }).name === "NotFound";

export async function headObject(key: string): Promise<{ size: number; contentType: string | null } | null> {
  try {
    const head = await client().send(new HeadObjectCommand({ Bucket: bucket(), Key: key }));
    return { size: head.ContentLength ?? 0, contentType: head.ContentType ?? null };
  } catch (error) {
    if (isMissing(error)) return null;
    throw error;
  }
}

// The first `bytes` bytes only (a ranged GET): enough to check magic bytes and dimensions.
export async function readObjectStart(key: string, bytes: number): Promise<Uint8Array> {
  const object = await client().send(
    new GetObjectCommand({ Bucket: bucket(), Key: key, Range: `bytes=0-${bytes - 1}` }),
  );
  return (await object.Body?.transformToByteArray()) ?? new Uint8Array();
}

export async function openObject(key: string): Promise<{ body: ReadableStream; size: number | null } | null> {
  try {
    const object = await client().send(new GetObjectCommand({ Bucket: bucket(), Key: key }));
    if (!object.Body) return null;
    return { body: object.Body.transformToWebStream(), size: object.ContentLength ?? null };
  } catch (error) {
    if (isMissing(error)) return null;
    throw error;
  }
}

// Served objects carry a fixed raster type and nosniff, whatever the uploader claimed.
export async function copyObject(from: string, to: string, contentType: string): Promise<void> {
  await client().send(
    new CopyObjectCommand({
      Bucket: bucket(),
      Key: to,
      CopySource: `${bucket()}/${from}`,
      MetadataDirective: "REPLACE",
      ContentType: contentType,
      ContentDisposition: "inline",
      CacheControl: "public, max-age=31536000, immutable",
    }),
  );
}

export async function deleteObject(key: string): Promise<void> {
  await client().send(new DeleteObjectCommand({ Bucket: bucket(), Key: key }));
}
