// Opaque bearer tokens (refresh tokens, email links, guest carts): 256 random bits, of which
// only the SHA-256 is ever stored.
import "server-only";
import { createHash, randomBytes } from "node:crypto";

export function sha256Hex(value: string): string {
  return createHash("sha256").update(value).digest("hex");
}

export function newOpaqueToken(): string {
  return randomBytes(32).toString("base64url");
}
