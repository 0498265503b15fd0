// Prisma's `contains` (and any hand-written ILIKE) matches with LIKE, where % and _ are
// wildcards and \ escapes: a search for "50%" would find "500 g". Escaped, what staff type is
// matched literally.
import "server-only";

export function literalLikePattern(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}
