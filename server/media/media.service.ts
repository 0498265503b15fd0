// Product images: the browser uploads straight to the bucket under a quarantine key (presigned
// POST); the server then checks the object itself (size by HEAD, type by magic bytes from a
// ranged read, dimensions) before copying it to its public key and showing it. Anything never
// confirmed is deleted by a job a day later.
import "server-only";
import { db } from "../db";
import { recordAudit, type AdminActor } from "../audit/audit.service";
import { catalogChanged } from "../catalog/catalog-cache";
import { enqueueJob } from "../jobs/enqueue";
import { DomainError } from "../lib/errors";
import { mediaUrl } from "../lib/media-url";
import * as storage from "../lib/storage";
import { imageDimensions, sniffImageType } from "./image-sniff";
import { QUARANTINE_PREFIX, publicKey, quarantineKey } from "./upload-policy";
import * as mediaRepo from "./media.repo";
import {
  MAX_IMAGE_BYTES,
  MAX_IMAGE_SIDE,
  MIN_IMAGE_BYTES,
  UPLOAD_EXPIRES_SECONDS,
  type AdminImage,
  type CreateUploadInput,
} from "./media.schema";

const UNCONFIRMED_TTL_MS = 24 * 3_600_000;
// Enough for every header image-size reads (JPEG's SOF can sit after large EXIF blocks).
const SNIFF_BYTES = 64 * 1024;

function toAdminImage(image: NonNullable<Awaited<ReturnType<typeof mediaRepo.findImage>>>): AdminImage {
  return {
    id: image.id,
    url: mediaUrl(image.storageKey),
    alt: image.alt,
    width: image.width,
    height: image.height,
    contentType: image.contentType,
    sizeBytes: image.sizeBytes,
    position: image.position,
  };
}

export async function listImages(productId: string): Promise<AdminImage[]> {
  return (await mediaRepo.listReadyImages(productId)).map(toAdminImage);
}

export async function createUpload(actor: AdminActor, input: CreateUploadInput) {
  if (!(await mediaRepo.productExists(input.productId))) throw new DomainError("PRODUCT_NOT_FOUND", "No such product");
  const key = quarantineKey(input.productId, input.contentType);
  const post = await storage.presignUpload({ key, contentType: input.contentType, minBytes: MIN_IMAGE_BYTES, maxBytes: MAX_IMAGE_BYTES, expiresSeconds: UPLOAD_EXPIRES_SECONDS });
  const image = await db.$transaction(async (tx) => {
    const row = await mediaRepo.insertQuarantined(tx, { productId: input.productId, storageKey: key, contentType: input.contentType });
    await enqueueJob(tx, "discard-unconfirmed-upload", { imageId: row.id }, { runAt: new Date(Date.now() + UNCONFIRMED_TTL_MS), jobKey: `discard-unconfirmed-upload:${row.id}` });
    await recordAudit(tx, actor, { action: "image.requestUpload", entityType: "product_image", entityId: row.id, after: { productId: input.productId, key, contentType: input.contentType, declaredBytes: input.sizeBytes } });
    return row;
  });
  return { imageId: image.id, url: post.url, fields: post.fields, expiresAt: new Date(Date.now() + UPLOAD_EXPIRES_SECONDS * 1000) };
}

// Refuses the upload for good: the object is deleted, the row goes with it.
async function reject(imageId: string, key: string, message: string): Promise<never> {
  await storage.deleteObject(key);
  await mediaRepo.deleteImageRow(db, imageId);
  throw new DomainError("UPLOAD_REJECTED", message);
}

export async function confirmUpload(actor: AdminActor, imageId: string, alt: string): Promise<AdminImage> {
  const pending = await mediaRepo.findImage(imageId);
  if (!pending || pending.status !== "QUARANTINED" || !pending.storageKey.startsWith(`${QUARANTINE_PREFIX}${pending.productId}/`)) {
    throw new DomainError("NOT_FOUND", "No such upload waiting for confirmation");
  }
  const key = pending.storageKey;
  const head = await storage.headObject(key);
  if (!head) throw new DomainError("UPLOAD_NOT_FOUND", "The file has not arrived in storage yet");
  if (head.size < MIN_IMAGE_BYTES || head.size > MAX_IMAGE_BYTES) return reject(imageId, key, "The file is too small or larger than 5 MB");
  const start = await storage.readObjectStart(key, SNIFF_BYTES);
  const actual = sniffImageType(start);
  if (!actual || actual !== pending.contentType || head.contentType !== pending.contentType) {
    return reject(imageId, key, "The file’s contents are not the image type it was uploaded as");
  }
  const size = imageDimensions(start);
  if (!size || size.width > MAX_IMAGE_SIDE || size.height > MAX_IMAGE_SIDE) return reject(imageId, key, "The image’s dimensions could not be read or are too large");

  const finalKey = publicKey(pending.productId, actual);
  await storage.copyObject(key, finalKey, actual);
  const ready = await db.$transaction(async (tx) => {
    const locked = await mediaRepo.lockImage(tx, imageId);
    if (locked?.status !== "QUARANTINED") throw new DomainError("CONFLICT", "This upload was already confirmed or removed");
    const position = await mediaRepo.nextPosition(tx, pending.productId);
    const image = await mediaRepo.markReady(tx, imageId, { storageKey: finalKey, sizeBytes: head.size, width: size.width, height: size.height, alt, position });
    await recordAudit(tx, actor, {
      action: "image.add",
      entityType: "product_image",
      entityId: imageId,
      after: { productId: pending.productId, key: finalKey, contentType: actual, sizeBytes: head.size, width: size.width, height: size.height, alt, position },
    });
    return image;
  });
  await storage.deleteObject(key);
  await catalogChanged();
  return toAdminImage(ready);
}

export async function reorderImages(actor: AdminActor, productId: string, imageIds: string[]): Promise<AdminImage[]> {
  const images = await db.$transaction(async (tx) => {
    const current = await mediaRepo.listReadyImages(productId, tx);
    const same = current.length === imageIds.length && new Set(imageIds).size === imageIds.length && current.every((image) => imageIds.includes(image.id));
    if (!same) throw new DomainError("BAD_REQUEST", "List every image of the product exactly once");
    for (const [position, id] of imageIds.entries()) await mediaRepo.setPosition(tx, id, position);
    await recordAudit(tx, actor, { action: "image.reorder", entityType: "product", entityId: productId, before: { order: current.map((image) => image.id) }, after: { order: imageIds } });
    return mediaRepo.listReadyImages(productId, tx);
  });
  await catalogChanged();
  return images.map(toAdminImage);
}

export async function deleteImage(actor: AdminActor, id: string): Promise<void> {
  const removed = await db.$transaction(async (tx) => {
    const image = await mediaRepo.lockImage(tx, id);
    if (!image || image.status !== "READY") throw new DomainError("NOT_FOUND", "No such image");
    await mediaRepo.deleteImageRow(tx, id);
    await recordAudit(tx, actor, { action: "image.delete", entityType: "product_image", entityId: id, before: { productId: image.productId, key: image.storageKey, alt: image.alt, position: image.position } });
    return image;
  });
  // After commit: a failed delete leaves an orphan object, never a broken image on the page.
  await storage.deleteObject(removed.storageKey);
  await catalogChanged();
}

// Job: an upload never confirmed within a day is removed, object and row.
export async function discardUnconfirmedUpload(imageId: string): Promise<void> {
  const image = await mediaRepo.findImage(imageId);
  if (!image || image.status !== "QUARANTINED") return;
  await storage.deleteObject(image.storageKey);
  await mediaRepo.deleteImageRow(db, imageId);
}
