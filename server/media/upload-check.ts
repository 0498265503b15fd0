// What actually arrived in the bucket, checked by the server: the bucket may enforce no policy
// at all (s3rver), and a real bucket's policy says nothing about the bytes themselves.
import "server-only";
import { DomainError } from "../lib/errors";
import * as storage from "../lib/storage";
import { imageDimensions, sniffImageType } from "./image-sniff";
import { MAX_IMAGE_BYTES, MAX_IMAGE_SIDE, MIN_IMAGE_BYTES, type ImageContentType } from "./media.schema";

// Enough for every header image-size reads (JPEG's SOF can sit after large EXIF blocks).
const SNIFF_BYTES = 64 * 1024;

export type CheckedUpload = { type: ImageContentType; sizeBytes: number; width: number; height: number };

export async function checkUploadedObject(key: string, declaredType: string): Promise<CheckedUpload> {
  const head = await storage.headObject(key);
  if (!head) throw new DomainError("UPLOAD_NOT_RECEIVED", "The file has not arrived in storage");
  if (head.size < MIN_IMAGE_BYTES) throw new DomainError("UPLOAD_TOO_SMALL", "The file is too small to be an image");
  if (head.size > MAX_IMAGE_BYTES) throw new DomainError("UPLOAD_TOO_LARGE", "The file is larger than 5 MB");
  const start = await storage.readObjectStart(key, SNIFF_BYTES);
  const type = sniffImageType(start);
  // The stored Content-Type matters too: it is what the bucket would answer with.
  if (!type || type !== declaredType || head.contentType !== declaredType) {
    throw new DomainError("UPLOAD_TYPE_MISMATCH", "The file’s contents are not the image type it was uploaded as");
  }
  const size = imageDimensions(start);
  if (!size || size.width > MAX_IMAGE_SIDE || size.height > MAX_IMAGE_SIDE) {
    throw new DomainError("UPLOAD_DIMENSIONS_INVALID", "The image’s dimensions could not be read or are too large");
  }
  return { type, sizeBytes: head.size, ...size };
}
