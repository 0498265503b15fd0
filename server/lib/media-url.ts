// Public URL of a stored image. Seeded images ship under public/ ("static/..." keys);
// uploaded ones live in the bucket and are served from MEDIA_PUBLIC_URL.
import "server-only";
import { env } from "../env";

const STATIC_PREFIX = "static/";

export function mediaUrl(storageKey: string): string {
  if (storageKey.startsWith(STATIC_PREFIX)) return `/${storageKey.slice(STATIC_PREFIX.length)}`;
  return `${env.MEDIA_PUBLIC_URL.replace(/\/$/, "")}/${storageKey}`;
}
