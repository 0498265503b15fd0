// Serves confirmed product images from the bucket. Only keys under products/ with a raster
// extension are served (never quarantined uploads), always with that fixed raster type,
// nosniff and a sandboxing CSP: an object can never run as HTML or SVG on this origin.
import { openObject } from "@/server/lib/storage";

const KEY = /^products\/[0-9a-f-]{36}\/[0-9a-f-]{36}\.(png|jpg|webp)$/;
const contentTypes: Record<string, string> = { png: "image/png", jpg: "image/jpeg", webp: "image/webp" };

export async function GET(_request: Request, { params }: { params: Promise<{ key: string[] }> }) {
  const key = (await params).key.join("/");
  const match = KEY.exec(key);
  if (!match?.[1]) return new Response("Not found", { status: 404 });
  const object = await openObject(key);
  if (!object) return new Response("Not found", { status: 404 });
  return new Response(object.body, {
    headers: {
      "content-type": contentTypes[match[1]] ?? "application/octet-stream",
      "x-content-type-options": "nosniff",
      "content-security-policy": "default-src 'none'; sandbox",
      "content-disposition": "inline",
      // Keys are never reused (a new upload gets a new UUID), so a copy may be kept for good.
      "cache-control": "public, max-age=31536000, immutable",
      ...(object.size !== null ? { "content-length": String(object.size) } : {}),
    },
  });
}
