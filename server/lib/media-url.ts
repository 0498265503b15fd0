// Public URL of a stored image. Seeded images ship under public/ ("static/..." keys);
// uploaded ones live in the bucket and are served from MEDIA_PUBLIC_URL.
const STATIC_PREFIX = "static/";

export function mediaUrl(storageKey: string): string {
  if (storageKey.startsWith(STATIC_PREFIX)) return `/${storageKey.slice(STATIC_PREFIX.length)}`;
  const base = process.env.MEDIA_PUBLIC_URL ?? "/media";
  return `${base.replace(/\/$/, "")}/${storageKey}`;
}
