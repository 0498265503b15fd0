// How the app serves uploaded images from its own origin: confirmed products/ keys only, with
// a fixed raster type, nosniff and a sandboxing CSP, so nothing uploaded runs as HTML or SVG.
import { describe, expect, it } from "vitest";
import { GET } from "../../app/media/[...key]/route";
import { db } from "../db";
import { createCategory, createProduct } from "../../tests/factories/catalog.factory";
import { signedInCaller } from "../../tests/support/callers";
import { pngBytes, uploadImage } from "../../tests/support/uploads";

const serve = (path: string) =>
  GET(new Request(`http://localhost:3000/media/${path}`), { params: Promise.resolve({ key: path.split("/") }) });

describe("serving uploaded images", () => {
  it("serves a confirmed image as its raster type with nosniff and a sandbox CSP", async () => {
    const admin = await signedInCaller(db, { role: "ADMIN" });
    const productId = (await createProduct(db, (await createCategory(db)).id)).id;
    const png = await pngBytes();
    const image = await admin.caller.admin.images.confirm({
      imageId: (await uploadImage(admin.caller, productId, png)).imageId,
    });
    const response = await serve(image.url.replace("/media/", ""));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/png");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("content-security-policy")).toBe("default-src 'none'; sandbox");
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(png);
  });

  it("never serves quarantined uploads or other kinds of key", async () => {
    const admin = await signedInCaller(db, { role: "ADMIN" });
    const productId = (await createProduct(db, (await createCategory(db)).id)).id;
    const ticket = await uploadImage(admin.caller, productId, await pngBytes());
    const quarantined = (await db.productImage.findUniqueOrThrow({ where: { id: ticket.imageId } })).storageKey;
    const svg = quarantined.replace("quarantine/", "products/").replace(/\.png$/, ".svg");
    for (const key of [quarantined, svg, `products/${productId}/../${quarantined}`, "products/nothing-here.png"]) {
      expect((await serve(key)).status).toBe(404);
    }
  });
});
