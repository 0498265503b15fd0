// A path whose percent-encoding is broken ("/products/%E0%A4%A") names no page: callers answer
// 404 instead of letting decodeURIComponent throw into a 500. Edge-safe (middleware.ts).
export function decodedPath(encoded: string): string | null {
  try {
    return decodeURIComponent(encoded);
  } catch {
    return null;
  }
}
