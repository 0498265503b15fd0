// Product images: the browser uploads straight to the bucket under a quarantine key (presigned
// POST); the server then checks the object itself (upload-check.ts) before copying it to its
// public key and showing it. A job scheduled with each upload clears its key a day later.
import "server-only";
import { db } from "../db";
import { recordAudit, type AdminActor } from "../audit/audit.service";
import { catalogChanged } from "../catalog/catalog-cache";
import { enqueueJob } from "../jobs/enqueue";
import { DomainError } from "../lib/errors";
import { mediaUrl } from "../lib/media-url";
import * as storage from "../lib/storage";
import * as mediaRepo from "./media.repo";
import {
  MAX_IMAGE_BYTES,
  MIN_IMAGE_BYTES,
  QUARANTINE_PREFIX,
  UPLOAD_EXPIRES_SECONDS,
  quarantineKeyPattern,
  type AdminImage,
  type CreateUploadInput,
} from "./media.schema";
import { checkUploadedObject } from "./upload-check";
import { publicKey, quarantineKey } from "./upload-policy";

const UNCONFIRMED_TTL_MS = 24 * 3_600_000;
// Refusals of the bytes themselves: such a file is deleted at once. UPLOAD_NOT_RECEIVED is not
// one of them (the browser may confirm again once the object has arrived).
const refusalCodes = new Set([
  "UPLOAD_TOO_SMALL",
  "UPLOAD_TOO_LARGE",
  "UPLOAD_TYPE_MISMATCH",
  "UPLOAD_DIMENSIONS_INVALID",
]);

type ImageRow = NonNullable<Awaited<ReturnType<typeof mediaRepo.findImage>>>;

function toAdminImage(image: ImageRow): AdminImage {
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
  const post = await storage.presignUpload({
    key,
    contentType: input.contentType,
    minBytes: MIN_IMAGE_BYTES,
    maxBytes: MAX_IMAGE_BYTES,
    expiresSeconds: UPLOAD_EXPIRES_SECONDS,
  });
  const image = await db.$transaction(async (tx) => {
    const row = await mediaRepo.insertQuarantined(tx, {
      productId: input.productId,
      storageKey: key,
      contentType: input.contentType,
    });
    await enqueueJob(
      tx,
      "discard-unconfirmed-upload",
      { imageId: row.id, key },
      { runAt: new Date(Date.now() + UNCONFIRMED_TTL_MS), jobKey: `discard-unconfirmed-upload:${row.id}` },
    );
    await recordAudit(tx, actor, {
      action: "image.requestUpload",
      entityType: "product_image",
      entityId: row.id,
      after: { productId: input.productId, key, contentType: input.contentType, declaredBytes: input.sizeBytes },
    });
    return row;
  });
  return {
    imageId: image.id,
    url: post.url,
    fields: post.fields,
    expiresAt: new Date(Date.now() + UPLOAD_EXPIRES_SECONDS * 1000),
  };
}

async function refuse(actor: AdminActor, pending: ImageRow, code: string): Promise<void> {
  await storage.deleteObject(pending.storageKey);
  await db.$transaction(async (tx) => {
    await mediaRepo.deleteQuarantined(tx, pending.id);
    await recordAudit(tx, actor, {
      action: "image.refuse",
      entityType: "product_image",
      entityId: pending.id,
      before: { productId: pending.productId, key: pending.storageKey, contentType: pending.contentType },
      after: { reason: code },
    });
  });
}

export async function confirmUpload(actor: AdminActor, imageId: string, alt: string): Promise<AdminImage> {
  const pending = await mediaRepo.findImage(imageId);
  // Only a pending upload under its own product's quarantine prefix can be confirmed.
  if (
    pending?.status !== "QUARANTINED" ||
    !quarantineKeyPattern.test(pending.storageKey) ||
    !pending.storageKey.startsWith(`${QUARANTINE_PREFIX}${pending.productId}/`)
  ) {
    throw new DomainError("UPLOAD_NOT_FOUND", "No such upload waiting for confirmation");
  }
  const checked = await checkUploadedObject(pending.storageKey, pending.contentType).catch(async (error: unknown) => {
    if (error instanceof DomainError && refusalCodes.has(error.code)) await refuse(actor, pending, error.code);
    throw error;
  });

  const finalKey = publicKey(pending.productId, checked.type);
  await storage.copyObject(pending.storageKey, finalKey, checked.type);
  const ready = await db
    .$transaction(async (tx) => {
      const locked = await mediaRepo.lockImage(tx, imageId);
      if (locked?.status !== "QUARANTINED")
        throw new DomainError("UPLOAD_NOT_FOUND", "This upload was already confirmed or removed");
      const position = await mediaRepo.nextPosition(tx, pending.productId);
      const image = await mediaRepo.markReady(tx, imageId, {
        storageKey: finalKey,
        sizeBytes: checked.sizeBytes,
        width: checked.width,
        height: checked.height,
        alt,
        position,
      });
      await recordAudit(tx, actor, {
        action: "image.add",
        entityType: "product_image",
        entityId: imageId,
        after: { productId: pending.productId, key: finalKey, ...checked, alt, position },
      });
      return image;
    })
    .catch(async (error: unknown) => {
      // Nothing points at the copy: remove it rather than leave an orphan under products/.
      await storage.deleteObject(finalKey);
      throw error;
    });
  await storage.deleteObject(pending.storageKey);
  await catalogChanged();
  return toAdminImage(ready);
}

export async function reorderImages(actor: AdminActor, productId: string, imageIds: string[]): Promise<AdminImage[]> {
  const images = await db.$transaction(async (tx) => {
    const current = await mediaRepo.listReadyImages(productId, tx);
    const same =
      current.length === imageIds.length &&
      new Set(imageIds).size === imageIds.length &&
      current.every((image) => imageIds.includes(image.id));
    if (!same) throw new DomainError("IMAGE_ORDER_MISMATCH", "List every image of the product exactly once");
    for (const [position, id] of imageIds.entries()) await mediaRepo.setPosition(tx, id, position);
    await recordAudit(tx, actor, {
      action: "image.reorder",
      entityType: "product",
      entityId: productId,
      before: { order: current.map((image) => image.id) },
      after: { order: imageIds },
    });
    return mediaRepo.listReadyImages(productId, tx);
  });
  await catalogChanged();
  return images.map(toAdminImage);
}

export async function deleteImage(actor: AdminActor, id: string): Promise<void> {
  const removed = await db.$transaction(async (tx) => {
    const image = await mediaRepo.lockImage(tx, id);
    if (image?.status !== "READY") throw new DomainError("IMAGE_NOT_FOUND", "No such image");
    await mediaRepo.deleteImageRow(tx, id);
    await recordAudit(tx, actor, {
      action: "image.delete",
      entityType: "product_image",
      entityId: id,
      before: { productId: image.productId, key: image.storageKey, alt: image.alt, position: image.position },
    });
    return image;
  });
  // After commit: a failed delete leaves an orphan object, never a broken image on the page.
  await storage.deleteObject(removed.storageKey);
  await catalogChanged();
}

// Job, a day after the upload began: whatever sits at its quarantine key goes (a confirmed
// upload was copied away already), and the row too unless it was confirmed meanwhile.
export async function discardUnconfirmedUpload(upload: { imageId: string; key: string }): Promise<void> {
  await storage.deleteObject(upload.key);
  await mediaRepo.deleteQuarantined(db, upload.imageId);
}
