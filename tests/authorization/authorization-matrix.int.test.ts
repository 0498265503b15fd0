// Walks every procedure of the app router for each kind of caller and compares the outcome
// with matrix.json. A new procedure without an entry fails this test until someone decides
// who may call it.
import { readFileSync } from "node:fs";
import { TRPCError } from "@trpc/server";
import { describe, expect, it } from "vitest";
import { db } from "../../server/db";
import { appRouter } from "../../server/trpc/root";
import { anonymousCaller, signedInCaller } from "../support/callers";
import { createMatrixWorld } from "./matrix-fixture";
import { procedureInputs } from "./procedure-inputs";

type Outcome = "ALLOWED" | "UNAUTHORIZED" | "FORBIDDEN" | "NOT_FOUND";
const roles = ["anonymous", "shopperB", "admin", "shopperA"] as const;
type Role = (typeof roles)[number];

const matrix = JSON.parse(readFileSync(new URL("./matrix.json", import.meta.url), "utf8")) as Record<
  string,
  Record<Role, Outcome>
>;
const procedures = Object.keys(appRouter._def.procedures).sort();

async function outcomeOf(call: Promise<unknown>): Promise<Outcome> {
  try {
    const result = await call;
    // A subscription the caller may open is an async iterable, refused ones throw above;
    // close it unread, so no stream is left listening.
    if (result && typeof result === "object" && Symbol.asyncIterator in result) {
      await (result as AsyncIterable<unknown>)[Symbol.asyncIterator]().return?.();
    }
    return "ALLOWED";
  } catch (error) {
    if (!(error instanceof TRPCError)) throw error;
    if (error.code === "UNAUTHORIZED" || error.code === "FORBIDDEN" || error.code === "NOT_FOUND") return error.code;
    return "ALLOWED";
  }
}

function invoke(caller: unknown, path: string, input: unknown): Promise<unknown> {
  const procedure = path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], caller);
  return (procedure as (input: unknown) => Promise<unknown>)(input);
}

describe("authorization matrix", () => {
  it("has an entry for every procedure and no stale ones", () => {
    expect(
      Object.keys(matrix)
        .filter((key) => key !== "//")
        .sort(),
    ).toEqual(procedures);
  });

  it.each(procedures)("%s", async (path) => {
    const { fixture, shopperA: a } = await createMatrixWorld(db);
    const callers: Record<Role, unknown> = {
      anonymous: (await anonymousCaller()).caller,
      shopperB: (await signedInCaller(db)).caller,
      admin: (await signedInCaller(db, { role: "ADMIN" })).caller,
      shopperA: a.caller,
    };
    const input = procedureInputs[path]?.(fixture);
    const actual: Partial<Record<Role, Outcome>> = {};
    for (const role of roles) actual[role] = await outcomeOf(invoke(callers[role], path, input));
    expect(actual).toEqual(matrix[path]);
  });
});
