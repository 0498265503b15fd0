// Where uploads go: a quarantine key per upload, and the public key a checked image is copied
// to. What the bucket is told to accept is signed by lib/storage.ts (presignUpload).
import "server-only";
import { randomUUID } from "node:crypto";
import { QUARANTINE_PREFIX, imageExtensions, type ImageContentType } from "./media.schema";

// Confirmed uploads are copied here; only these keys are ever served.
export const PUBLIC_PREFIX = "products/";

export const quarantineKey = (productId: string, contentType: ImageContentType) =>
  `${QUARANTINE_PREFIX}${productId}/${randomUUID()}.${imageExtensions[contentType]}`;
export const publicKey = (productId: string, contentType: ImageContentType) =>
  `${PUBLIC_PREFIX}${productId}/${randomUUID()}.${imageExtensions[contentType]}`;
