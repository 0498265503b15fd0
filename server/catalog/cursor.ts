// Opaque keyset cursor over (createdAt, id): stable under inserts, unlike offsets.
import "server-only";
import { DomainError } from "../lib/errors";
import { isWithinDateRange } from "../lib/storable.schema";

export type Keyset = { createdAt: Date; id: string };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function encodeCursor(keyset: Keyset): string {
  return Buffer.from(`${keyset.createdAt.toISOString()}|${keyset.id}`).toString("base64url");
}

export function decodeCursor(cursor: string): Keyset {
  const [iso, id] = Buffer.from(cursor, "base64url").toString("utf8").split("|");
  const createdAt = new Date(iso ?? "");
  // A date JavaScript can hold is not one PostgreSQL can compare (year 275760, year 0).
  if (!id || !UUID.test(id) || Number.isNaN(createdAt.getTime()) || !isWithinDateRange(createdAt)) {
    throw new DomainError("INVALID_CURSOR", "Invalid cursor");
  }
  return { createdAt, id };
}

// Rows strictly after the keyset in (createdAt DESC, id DESC) order: the where-clause of every
// newest-first keyset page.
export function afterKeyset(after: Keyset | undefined) {
  return after
    ? { OR: [{ createdAt: { lt: after.createdAt } }, { createdAt: after.createdAt, id: { lt: after.id } }] }
    : {};
}
