// Against a real S3-protocol server (s3rver, started for the integration run): uploads are
// posted with the presigned fields exactly as a browser would.
import sharp from "sharp";
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "../db";
import { createCategory, createProduct } from "../../tests/factories/catalog.factory";
import { anonymousCaller, signedInCaller } from "../../tests/support/callers";
import { domainCodeOf, trpcErrorOf } from "../../tests/support/errors";
import { headObject } from "../lib/storage";
import { discardUnconfirmedUpload } from "./media.service";

let admin: Awaited<ReturnType<typeof signedInCaller>>;
let product: { id: string; slug: string };

beforeEach(async () => {
  admin = await signedInCaller(db, { role: "ADMIN" });
  product = await createProduct(db, (await createCategory(db)).id);
});

const png = async (width = 64, height = 48) => new Uint8Array(await sharp({ create: { width, height, channels: 3, background: "#336699" } }).png().toBuffer());

async function upload(bytes: Uint8Array, contentType: "image/png" | "image/jpeg" | "image/webp" = "image/png") {
  const ticket = await admin.caller.admin.images.createUpload({ productId: product.id, contentType, sizeBytes: bytes.byteLength });
  const form = new FormData();
  for (const [name, value] of Object.entries(ticket.fields)) form.append(name, value);
  form.append("file", new Blob([bytes as BlobPart], { type: contentType }));
  const response = await fetch(ticket.url, { method: "POST", body: form });
  expect(response.status).toBeLessThan(300);
  return ticket;
}

const keyOf = async (imageId: string) => (await db.productImage.findUniqueOrThrow({ where: { id: imageId } })).storageKey;

describe("product images", () => {
  it("uploads to quarantine, confirms by HEAD and magic bytes, then shows it on the product", async () => {
    const ticket = await upload(await png());
    const quarantined = await keyOf(ticket.imageId);
    expect(quarantined).toMatch(new RegExp(`^quarantine/${product.id}/`));
    // Not visible before confirmation.
    expect((await (await anonymousCaller()).caller.product.get({ slug: product.slug })).images).toEqual([]);

    const image = await admin.caller.admin.images.confirm({ imageId: ticket.imageId, alt: "Blue swatch" });
    expect(image).toMatchObject({ width: 64, height: 48, contentType: "image/png", alt: "Blue swatch", position: 0 });
    expect(image.url).toMatch(new RegExp(`^/media/products/${product.id}/[0-9a-f-]{36}\\.png$`));
    expect(await headObject(quarantined)).toBeNull();
    expect(await headObject(image.url.replace("/media/", ""))).toMatchObject({ contentType: "image/png" });
    expect((await (await anonymousCaller()).caller.product.get({ slug: product.slug })).images.map((i) => i.url)).toEqual([image.url]);
    expect((await db.auditLog.findMany({ orderBy: { id: "asc" } })).map((entry) => entry.action)).toEqual(["image.requestUpload", "image.add"]);
  });

  it("refuses a file whose bytes are not the declared type, and deletes it", async () => {
    const html = new TextEncoder().encode(`<!doctype html><script>alert(document.cookie)</script>${" ".repeat(200)}`);
    const ticket = await upload(html, "image/png");
    const key = await keyOf(ticket.imageId);
    const error = await trpcErrorOf(admin.caller.admin.images.confirm({ imageId: ticket.imageId }));
    expect(domainCodeOf(error)).toBe("UPLOAD_REJECTED");
    expect(await headObject(key)).toBeNull();
    expect(await db.productImage.count()).toBe(0);
  });

  it("refuses a real image declared as another type", async () => {
    const ticket = await upload(await png(), "image/webp");
    expect(domainCodeOf(await trpcErrorOf(admin.caller.admin.images.confirm({ imageId: ticket.imageId })))).toBe("UPLOAD_REJECTED");
  });

  it("refuses files outside the size range at confirm (the local bucket enforces no policy)", async () => {
    const tiny = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const ticket = await admin.caller.admin.images.createUpload({ productId: product.id, contentType: "image/png", sizeBytes: 500 });
    const form = new FormData();
    for (const [name, value] of Object.entries(ticket.fields)) form.append(name, value);
    form.append("file", new Blob([tiny], { type: "image/png" }));
    await fetch(ticket.url, { method: "POST", body: form });
    expect(domainCodeOf(await trpcErrorOf(admin.caller.admin.images.confirm({ imageId: ticket.imageId })))).toBe("UPLOAD_REJECTED");
  });

  it("cannot confirm an upload that never arrived, or twice", async () => {
    const ticket = await admin.caller.admin.images.createUpload({ productId: product.id, contentType: "image/png", sizeBytes: 1000 });
    expect(domainCodeOf(await trpcErrorOf(admin.caller.admin.images.confirm({ imageId: ticket.imageId })))).toBe("UPLOAD_NOT_FOUND");
    const sent = await upload(await png());
    await admin.caller.admin.images.confirm({ imageId: sent.imageId });
    expect((await trpcErrorOf(admin.caller.admin.images.confirm({ imageId: sent.imageId }))).code).toBe("NOT_FOUND");
  });

  it("reorders and deletes images, removing the object too", async () => {
    const first = await admin.caller.admin.images.confirm({ imageId: (await upload(await png(64, 48))).imageId });
    const second = await admin.caller.admin.images.confirm({ imageId: (await upload(await png(80, 60))).imageId });
    const reordered = await admin.caller.admin.images.reorder({ productId: product.id, imageIds: [second.id, first.id] });
    expect(reordered.map((image) => image.id)).toEqual([second.id, first.id]);
    expect((await trpcErrorOf(admin.caller.admin.images.reorder({ productId: product.id, imageIds: [first.id] }))).code).toBe("BAD_REQUEST");

    await admin.caller.admin.images.delete({ id: second.id });
    expect((await admin.caller.admin.images.list({ productId: product.id })).map((image) => image.id)).toEqual([first.id]);
    expect(await headObject(second.url.replace("/media/", ""))).toBeNull();
    const actions = (await db.auditLog.findMany({ orderBy: { id: "asc" } })).map((entry) => entry.action);
    expect(actions.slice(-2)).toEqual(["image.reorder", "image.delete"]);
  });

  it("a day later, the job deletes an upload that was never confirmed and keeps confirmed ones", async () => {
    const abandoned = await upload(await png());
    const kept = await upload(await png());
    await admin.caller.admin.images.confirm({ imageId: kept.imageId });
    const abandonedKey = await keyOf(abandoned.imageId);
    const job = await db.$queryRaw<{ run_at: Date }[]>`
      SELECT j.run_at FROM graphile_worker._private_jobs j WHERE j.key = ${`discard-unconfirmed-upload:${abandoned.imageId}`}`;
    expect(job[0]?.run_at.getTime()).toBeGreaterThan(Date.now() + 23 * 3_600_000);

    await discardUnconfirmedUpload(abandoned.imageId);
    await discardUnconfirmedUpload(kept.imageId);
    expect(await headObject(abandonedKey)).toBeNull();
    expect(await db.productImage.findMany({ select: { id: true, status: true } })).toEqual([{ id: kept.imageId, status: "READY" }]);
  });
});
