// Request body caps, in one place: the production server refuses a declared Content-Length
// over the cap before reading a byte, and guardedRoute counts what actually arrives.
export const MAX_BODY_BYTES = 64 * 1024;
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;
export const PRODUCT_IMPORT_PATH = "/api/admin/products/import";

export function bodyLimitFor(pathname: string): number {
  return pathname === PRODUCT_IMPORT_PATH ? MAX_IMPORT_BYTES : MAX_BODY_BYTES;
}
