// Against a real S3-protocol server (s3rver, started for the integration run): uploads are
// posted with the presigned fields exactly as a browser would. s3rver enforces no policy, so
// every refusal here comes from the server's own checks at confirm.
import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "../db";
import { createCategory, createProduct } from "../../tests/factories/catalog.factory";
import { anonymousCaller, signedInCaller } from "../../tests/support/callers";
import { domainCodeOf, trpcErrorOf } from "../../tests/support/errors";
import { pngBytes, postToBucket, uploadImage } from "../../tests/support/uploads";
import { headObject } from "../lib/storage";
import { MAX_IMAGE_BYTES } from "./media.schema";

let admin: Awaited<ReturnType<typeof signedInCaller>>;
let product: { id: string; slug: string };

beforeEach(async () => {
  admin = await signedInCaller(db, { role: "ADMIN" });
  product = await createProduct(db, (await createCategory(db)).id);
});

const keyOf = async (imageId: string) =>
  (await db.productImage.findUniqueOrThrow({ where: { id: imageId } })).storageKey;
const shownImages = async () =>
  (await (await anonymousCaller()).caller.product.get({ slug: product.slug })).images.map((image) => image.url);
const auditActions = async () => (await db.auditLog.findMany({ orderBy: { id: "asc" } })).map((entry) => entry.action);
const confirmCode = async (imageId: string) =>
  domainCodeOf(await trpcErrorOf(admin.caller.admin.images.confirm({ imageId })));

describe("image upload and confirmation", () => {
  it("uploads to quarantine, confirms by HEAD and magic bytes, then shows it on the product", async () => {
    const ticket = await uploadImage(admin.caller, product.id, await pngBytes());
    const quarantined = await keyOf(ticket.imageId);
    expect(quarantined).toMatch(new RegExp(`^quarantine/${product.id}/[0-9a-f-]{36}\\.png$`));
    expect(await headObject(quarantined)).toMatchObject({ contentType: "image/png" });
    expect(await shownImages()).toEqual([]);

    const image = await admin.caller.admin.images.confirm({ imageId: ticket.imageId, alt: "Blue swatch" });
    expect(image).toMatchObject({ width: 64, height: 48, contentType: "image/png", alt: "Blue swatch", position: 0 });
    expect(image.url).toMatch(new RegExp(`^/media/products/${product.id}/[0-9a-f-]{36}\\.png$`));
    expect(await headObject(quarantined)).toBeNull();
    expect(await headObject(image.url.replace("/media/", ""))).toMatchObject({ contentType: "image/png" });
    expect(await shownImages()).toEqual([image.url]);
    expect(await db.productImage.findUniqueOrThrow({ where: { id: image.id }, select: { status: true } })).toEqual({
      status: "READY",
    });
    expect(await auditActions()).toEqual(["image.requestUpload", "image.add"]);
  });

  it("refuses HTML declared as PNG: never attached, deleted from quarantine, audited", async () => {
    const html = new TextEncoder().encode(`<!doctype html><script>alert(document.cookie)</script>${" ".repeat(200)}`);
    const ticket = await uploadImage(admin.caller, product.id, html, "image/png");
    const key = await keyOf(ticket.imageId);
    expect(await confirmCode(ticket.imageId)).toBe("UPLOAD_TYPE_MISMATCH");
    expect(await headObject(key)).toBeNull();
    expect(await db.productImage.count()).toBe(0);
    expect(await shownImages()).toEqual([]);
    const refusal = await db.auditLog.findFirstOrThrow({ where: { action: "image.refuse" } });
    expect(refusal).toMatchObject({ entityId: ticket.imageId, after: { reason: "UPLOAD_TYPE_MISMATCH" } });
  });

  it("refuses a real image declared as another type", async () => {
    const ticket = await uploadImage(admin.caller, product.id, await pngBytes(), "image/webp");
    expect(await confirmCode(ticket.imageId)).toBe("UPLOAD_TYPE_MISMATCH");
  });

  it("refuses files below or above the size range by their HEAD", async () => {
    const png = await pngBytes();
    const tiny = await admin.caller.admin.images.createUpload({
      productId: product.id,
      contentType: "image/png",
      sizeBytes: 500,
    });
    await postToBucket(tiny, png.slice(0, 16), "image/png");
    expect(await confirmCode(tiny.imageId)).toBe("UPLOAD_TOO_SMALL");

    const huge = new Uint8Array(MAX_IMAGE_BYTES + 1);
    huge.set(png);
    const big = await uploadImage(admin.caller, product.id, huge);
    expect(await confirmCode(big.imageId)).toBe("UPLOAD_TOO_LARGE");
    expect(await db.productImage.count()).toBe(0);
  });

  it("confirms only this product's pending quarantine upload, once, after it has arrived", async () => {
    const early = await admin.caller.admin.images.createUpload({
      productId: product.id,
      contentType: "image/png",
      sizeBytes: 1000,
    });
    expect(await confirmCode(early.imageId)).toBe("UPLOAD_NOT_RECEIVED");

    const sent = await uploadImage(admin.caller, product.id, await pngBytes());
    await admin.caller.admin.images.confirm({ imageId: sent.imageId });
    expect(await confirmCode(sent.imageId)).toBe("UPLOAD_NOT_FOUND");
    expect(await confirmCode(randomUUID())).toBe("UPLOAD_NOT_FOUND");

    // A pending row pointing outside its own product's quarantine prefix is never confirmed,
    // and the object it names is left alone.
    const other = await createProduct(db, (await createCategory(db)).id);
    const foreign = await uploadImage(admin.caller, other.id, await pngBytes());
    const foreignKey = await keyOf(foreign.imageId);
    const forged = await db.productImage.create({
      data: {
        productId: product.id,
        storageKey: `x-${foreignKey}`,
        contentType: "image/png",
        sizeBytes: 0,
        width: 0,
        height: 0,
      },
    });
    await db.productImage.update({ where: { id: foreign.imageId }, data: { productId: product.id } });
    expect(await confirmCode(forged.id)).toBe("UPLOAD_NOT_FOUND");
    expect(await confirmCode(foreign.imageId)).toBe("UPLOAD_NOT_FOUND");
    expect(await headObject(foreignKey)).not.toBeNull();
  });
});

describe("reorder and delete", () => {
  it("reorders a product's images and deletes one, object included, each audited", async () => {
    const first = await admin.caller.admin.images.confirm({
      imageId: (await uploadImage(admin.caller, product.id, await pngBytes(64, 48))).imageId,
    });
    const second = await admin.caller.admin.images.confirm({
      imageId: (await uploadImage(admin.caller, product.id, await pngBytes(80, 60))).imageId,
    });
    expect(second.position).toBe(1);
    const reordered = await admin.caller.admin.images.reorder({
      productId: product.id,
      imageIds: [second.id, first.id],
    });
    expect(reordered.map((image) => image.id)).toEqual([second.id, first.id]);
    expect(await shownImages()).toEqual([second.url, first.url]);
    for (const imageIds of [[first.id], [first.id, first.id], [first.id, second.id, randomUUID()]]) {
      expect(
        domainCodeOf(await trpcErrorOf(admin.caller.admin.images.reorder({ productId: product.id, imageIds }))),
      ).toBe("IMAGE_ORDER_MISMATCH");
    }

    await admin.caller.admin.images.delete({ id: second.id });
    expect((await admin.caller.admin.images.list({ productId: product.id })).map((image) => image.id)).toEqual([
      first.id,
    ]);
    expect(await headObject(second.url.replace("/media/", ""))).toBeNull();
    expect(domainCodeOf(await trpcErrorOf(admin.caller.admin.images.delete({ id: second.id })))).toBe(
      "IMAGE_NOT_FOUND",
    );
    const entries = await db.auditLog.findMany({
      where: { action: { in: ["image.reorder", "image.delete"] } },
      orderBy: { id: "asc" },
    });
    expect(entries.map((entry) => [entry.action, entry.entityId, entry.actorId])).toEqual([
      ["image.reorder", product.id, admin.user.id],
      ["image.delete", second.id, admin.user.id],
    ]);
    expect(entries[0]?.after).toEqual({ order: [second.id, first.id] });
  });
});
