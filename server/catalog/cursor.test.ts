import { describe, expect, it } from "vitest";
import { DomainError } from "../lib/errors";
import { decodeCursor, encodeCursor } from "./cursor";

describe("keyset cursor", () => {
  it("round-trips createdAt and id", () => {
    const keyset = { createdAt: new Date("2026-01-02T03:04:05.678Z"), id: "0192f1c4-8f5e-7d2a-9b1c-3e4f5a6b7c8d" };
    expect(decodeCursor(encodeCursor(keyset))).toEqual(keyset);
  });

  const uuid = "0192f1c4-8f5e-7d2a-9b1c-3e4f5a6b7c8d";
  const at = (iso: string) => Buffer.from(`${iso}|${uuid}`).toString("base64url");

  it.each([
    "",
    "not-base64!",
    Buffer.from("2026-01-01T00:00:00Z|not-a-uuid").toString("base64url"),
    at("garbage"),
    // Dates JavaScript holds but PostgreSQL cannot compare: the database must never see them.
    at("+275760-09-13T00:00:00.000Z"),
    at("-271821-04-20T00:00:00.000Z"),
    at("0000-01-01T00:00:00.000Z"),
    at("+010000-01-01T00:00:00.000Z"),
    at("1999-12-31T23:59:59.999Z"),
  ])("refuses a malformed cursor %j with BAD_REQUEST", (cursor) => {
    expect(() => decodeCursor(cursor)).toThrow(DomainError);
    try {
      decodeCursor(cursor);
    } catch (error) {
      expect((error as DomainError).code).toBe("INVALID_CURSOR");
    }
  });
});
