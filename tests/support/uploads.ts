// Uploads exactly as the browser does: the presigned fields first, then the file, as
// multipart/form-data POSTed straight to the bucket (s3rver in the integration run).
import sharp from "sharp";
import { expect } from "vitest";
import { MAX_IMAGE_BYTES, MIN_IMAGE_BYTES, type ImageContentType } from "../../server/media/media.schema";
import type { signedInCaller } from "./callers";

type Ticket = { imageId: string; url: string; fields: Record<string, string> };
type Caller = Awaited<ReturnType<typeof signedInCaller>>["caller"];

export async function pngBytes(width = 64, height = 48): Promise<Uint8Array> {
  return new Uint8Array(
    await sharp({ create: { width, height, channels: 3, background: "#336699" } })
      .png()
      .toBuffer(),
  );
}

export async function postToBucket(ticket: Ticket, bytes: Uint8Array, contentType: string): Promise<void> {
  const form = new FormData();
  for (const [name, value] of Object.entries(ticket.fields)) form.append(name, value);
  form.append("file", new Blob([bytes as BlobPart], { type: contentType }));
  const response = await fetch(ticket.url, { method: "POST", body: form });
  expect(response.status).toBeLessThan(300);
}

// Declares the given type and a size the form accepts, whatever the bytes are: the server's
// checks at confirm are what is under test.
export async function uploadImage(
  caller: Caller,
  productId: string,
  bytes: Uint8Array,
  contentType: ImageContentType = "image/png",
): Promise<Ticket> {
  const ticket = await caller.admin.images.createUpload({
    productId,
    contentType,
    sizeBytes: Math.min(Math.max(bytes.byteLength, MIN_IMAGE_BYTES), MAX_IMAGE_BYTES),
  });
  await postToBucket(ticket, bytes, contentType);
  return ticket;
}
