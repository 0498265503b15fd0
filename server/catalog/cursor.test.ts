import { describe, expect, it } from "vitest";
import { DomainError } from "../lib/errors";
import { decodeCursor, encodeCursor } from "./cursor";

describe("keyset cursor", () => {
  it("round-trips createdAt and id", () => {
    const keyset = { createdAt: new Date("2026-01-02T03:04:05.678Z"), id: "0192f1c4-8f5e-7d2a-9b1c-3e4f5a6b7c8d" };
    expect(decodeCursor(encodeCursor(keyset))).toEqual(keyset);
  });

  it.each(["", "not-base64!", Buffer.from("2026-01-01T00:00:00Z|not-a-uuid").toString("base64url"), Buffer.from("garbage|0192f1c4-8f5e-7d2a-9b1c-3e4f5a6b7c8d").toString("base64url")])(
    "refuses a malformed cursor %j with BAD_REQUEST",
    (cursor) => {
      expect(() => decodeCursor(cursor)).toThrow(DomainError);
      try {
        decodeCursor(cursor);
      } catch (error) {
        expect((error as DomainError).code).toBe("BAD_REQUEST");
      }
    },
  );
});
