import { z } from "../lib/zod";
import { storableText } from "../lib/storable.schema";

// Raster only: an SVG (script inside) or anything sniffable as HTML is never accepted.
export const imageContentTypes = ["image/jpeg", "image/png", "image/webp"] as const;
export type ImageContentType = (typeof imageContentTypes)[number];
export const imageExtensions: Record<ImageContentType, string> = {
  "image/jpeg": "jpg",
  "image/png": "png",
  "image/webp": "webp",
};

export const MIN_IMAGE_BYTES = 100;
export const MAX_IMAGE_BYTES = 5 * 1024 * 1024;
export const MAX_IMAGE_SIDE = 8000;
export const UPLOAD_EXPIRES_SECONDS = 300;
// Unconfirmed uploads live under this prefix (quarantine/<product>/<uuid>.<ext>) and are never served.
export const QUARANTINE_PREFIX = "quarantine/";
export const quarantineKeyPattern = /^quarantine\/[0-9a-f-]{36}\/[0-9a-f-]{36}\.(jpg|png|webp)$/;

export const createUploadInput = z.strictObject({
  productId: z.uuid(),
  contentType: z.enum(imageContentTypes, "Use a JPEG, PNG or WebP image"),
  sizeBytes: z
    .number()
    .int()
    .min(MIN_IMAGE_BYTES, "That file is too small to be an image")
    .max(MAX_IMAGE_BYTES, "Images can be at most 5 MB"),
});
export type CreateUploadInput = z.infer<typeof createUploadInput>;

export const uploadTicketSchema = z.object({
  imageId: z.string(),
  url: z.string(),
  fields: z.record(z.string(), z.string()),
  expiresAt: z.date(),
});

export const confirmUploadInput = z.strictObject({
  imageId: z.uuid(),
  alt: storableText().trim().max(200).default(""),
});
export const productImagesInput = z.strictObject({ productId: z.uuid() });
export const imageIdInput = z.strictObject({ id: z.uuid() });
export const reorderImagesInput = z.strictObject({ productId: z.uuid(), imageIds: z.array(z.uuid()).min(1).max(50) });

export const adminImageSchema = z.object({
  id: z.string(),
  url: z.string(),
  alt: z.string(),
  width: z.number().int(),
  height: z.number().int(),
  contentType: z.string(),
  sizeBytes: z.number().int(),
  position: z.number().int(),
});
export type AdminImage = z.infer<typeof adminImageSchema>;
