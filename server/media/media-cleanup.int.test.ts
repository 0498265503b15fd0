// The job scheduled with every upload, run by the real worker (runOnce) once it is due: a day
// later it clears the quarantine key, whatever happened to the upload meanwhile.
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "../db";
import { createCategory, createProduct } from "../../tests/factories/catalog.factory";
import { signedInCaller } from "../../tests/support/callers";
import { trpcErrorOf } from "../../tests/support/errors";
import { runDueJobs } from "../../tests/support/jobs";
import { pngBytes, postToBucket, uploadImage } from "../../tests/support/uploads";
import { headObject } from "../lib/storage";

let admin: Awaited<ReturnType<typeof signedInCaller>>;
let productId: string;

beforeEach(async () => {
  admin = await signedInCaller(db, { role: "ADMIN" });
  productId = (await createProduct(db, (await createCategory(db)).id)).id;
});

const jobKey = (imageId: string) => `discard-unconfirmed-upload:${imageId}`;
const keyOf = async (imageId: string) =>
  (await db.productImage.findUniqueOrThrow({ where: { id: imageId } })).storageKey;

async function runAtOf(imageId: string): Promise<Date | undefined> {
  const rows = await db.$queryRaw<
    { run_at: Date }[]
  >`SELECT run_at FROM graphile_worker._private_jobs WHERE key = ${jobKey(imageId)}`;
  return rows[0]?.run_at;
}

// Moves one upload's job to now, as if its day had passed; the others stay in the future.
async function aDayPasses(imageId: string): Promise<void> {
  await db.$executeRaw`UPDATE graphile_worker._private_jobs SET run_at = now() WHERE key = ${jobKey(imageId)}`;
  await runDueJobs();
}

describe("unconfirmed upload cleanup", () => {
  it("is scheduled a day after the upload began", async () => {
    const ticket = await admin.caller.admin.images.createUpload({
      productId,
      contentType: "image/png",
      sizeBytes: 1000,
    });
    const runAt = (await runAtOf(ticket.imageId))?.getTime() ?? 0;
    expect(runAt).toBeGreaterThan(Date.now() + 23.9 * 3_600_000);
    expect(runAt).toBeLessThan(Date.now() + 24.1 * 3_600_000);
  });

  it("deletes an upload older than a day, object and row, and keeps a newer one", async () => {
    const old = await uploadImage(admin.caller, productId, await pngBytes());
    const recent = await uploadImage(admin.caller, productId, await pngBytes());
    const [oldKey, recentKey] = [await keyOf(old.imageId), await keyOf(recent.imageId)];
    await aDayPasses(old.imageId);

    expect(await headObject(oldKey)).toBeNull();
    expect(await headObject(recentKey)).not.toBeNull();
    expect(await db.productImage.findMany({ select: { id: true, status: true } })).toEqual([
      { id: recent.imageId, status: "QUARANTINED" },
    ]);
    expect(await runAtOf(old.imageId)).toBeUndefined();
    expect(await runAtOf(recent.imageId)).toBeDefined();
    // Too late to confirm now.
    expect((await trpcErrorOf(admin.caller.admin.images.confirm({ imageId: old.imageId }))).code).toBe("NOT_FOUND");
  });

  it("leaves a confirmed image alone", async () => {
    const ticket = await uploadImage(admin.caller, productId, await pngBytes());
    const image = await admin.caller.admin.images.confirm({ imageId: ticket.imageId });
    await aDayPasses(ticket.imageId);
    expect(await db.productImage.findUniqueOrThrow({ where: { id: image.id }, select: { status: true } })).toEqual({
      status: "READY",
    });
    expect(await headObject(image.url.replace("/media/", ""))).not.toBeNull();
  });

  it("clears a key posted again after its upload was refused", async () => {
    const html = new TextEncoder().encode(`<!doctype html>${" ".repeat(200)}`);
    const ticket = await uploadImage(admin.caller, productId, html);
    const key = await keyOf(ticket.imageId);
    await trpcErrorOf(admin.caller.admin.images.confirm({ imageId: ticket.imageId }));
    // The presigned form stays valid for minutes: the same key can be filled again, with no row.
    await postToBucket(ticket, html, "image/png");
    expect(await headObject(key)).not.toBeNull();
    await aDayPasses(ticket.imageId);
    expect(await headObject(key)).toBeNull();
  });
});
