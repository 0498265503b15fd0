import "server-only";
import { db, type DbTransaction } from "../db";
import { refusePrismaErrors } from "../repo-errors";

const imageSelect = {
  id: true,
  productId: true,
  storageKey: true,
  contentType: true,
  sizeBytes: true,
  width: true,
  height: true,
  alt: true,
  position: true,
  status: true,
  createdAt: true,
} as const;

// Another staff member removed the image meanwhile.
const refuseImageGone = refusePrismaErrors({ P2025: ["IMAGE_NOT_FOUND", "This image no longer exists"] });

export function productExists(productId: string) {
  return db.product.findFirst({ where: { id: productId, deletedAt: null }, select: { id: true } });
}

// An upload begins as a QUARANTINED row whose key is under the quarantine prefix; it is
// never shown until confirmed.
export function insertQuarantined(
  tx: DbTransaction,
  data: { productId: string; storageKey: string; contentType: string },
) {
  return tx.productImage.create({ data: { ...data, sizeBytes: 0, width: 0, height: 0 }, select: imageSelect });
}

export function findImage(id: string, tx: DbTransaction | typeof db = db) {
  return tx.productImage.findUnique({ where: { id }, select: imageSelect });
}

export async function lockImage(tx: DbTransaction, id: string) {
  await tx.$executeRaw`SELECT 1 FROM product_images WHERE id = ${id}::uuid FOR UPDATE`;
  return findImage(id, tx);
}

export async function nextPosition(tx: DbTransaction, productId: string): Promise<number> {
  const last = await tx.productImage.aggregate({ where: { productId, status: "READY" }, _max: { position: true } });
  return (last._max.position ?? -1) + 1;
}

export function markReady(
  tx: DbTransaction,
  id: string,
  data: { storageKey: string; sizeBytes: number; width: number; height: number; alt: string; position: number },
) {
  return tx.productImage
    .update({
      where: { id },
      data: {
        status: "READY",
        storageKey: data.storageKey,
        sizeBytes: data.sizeBytes,
        width: data.width,
        height: data.height,
        alt: data.alt,
        position: data.position,
      },
      select: imageSelect,
    })
    .catch(refuseImageGone);
}

export function listReadyImages(productId: string, tx: DbTransaction | typeof db = db) {
  return tx.productImage.findMany({
    where: { productId, status: "READY" },
    orderBy: [{ position: "asc" }, { id: "asc" }],
    select: imageSelect,
  });
}

export function setPosition(tx: DbTransaction, id: string, position: number) {
  return tx.productImage.update({ where: { id }, data: { position }, select: { id: true } }).catch(refuseImageGone);
}

// Conditional, so a job racing a confirmation never removes a confirmed image.
export function deleteQuarantined(tx: DbTransaction | typeof db, id: string) {
  return tx.productImage.deleteMany({ where: { id, status: "QUARANTINED" } });
}

export function deleteImageRow(tx: DbTransaction | typeof db, id: string) {
  return tx.productImage.delete({ where: { id }, select: { id: true } }).catch(refuseImageGone);
}
