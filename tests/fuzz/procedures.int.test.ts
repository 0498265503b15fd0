// Bounded, deterministic fuzz of every procedure of the app router (a new one is covered
// without being listed): boundary values at every place of each procedure's input schema, on
// top of its known-valid input, as an anonymous visitor, a shopper and staff. Bad input must
// come back as a 4xx that says nothing about SQL, Prisma or the server's code.
import { isDeepStrictEqual } from "node:util";
import { TRPCError } from "@trpc/server";
import { getHTTPStatusCodeFromError } from "@trpc/server/http";
import { describe, expect, it } from "vitest";
import { db } from "../../server/db";
import type { z } from "../../server/lib/zod";
import { appRouter } from "../../server/trpc/root";
import { createMatrixWorld } from "../authorization/matrix-fixture";
import { procedureInputs } from "../authorization/procedure-inputs";
import { createUser } from "../factories/user.factory";
import { anonymousCaller, callerForUser } from "../support/callers";
import { boundaryValues, mutationsOf, seededSample } from "./boundary-inputs";
import { revealsInternals } from "./internals";

// A caller stopped by authorization never reaches the input: a few calls show it stays stopped.
const CALLS_WHEN_STOPPED = 3;
// The first caller that gets past authorization gets every mutation; the others, whose calls
// run the same input handling, a sample.
const CALLS_FOR_OTHER_CALLERS = 6;
const SEED = 20_261_124;
// Valid input of these makes a call out of the process that no server answers in this suite
// (testPayment.pay posts to the shop's own URL): they are sent only inputs their schema refuses.
const CALLS_OUT_OF_PROCESS = new Set(["testPayment.pay"]);

type Procedure = { _def: { inputs: z.ZodType[] } };
const procedures = Object.entries(appRouter._def.procedures as unknown as Record<string, Procedure>).sort(([a], [b]) =>
  a.localeCompare(b),
);

function invoke(caller: unknown, path: string, input: unknown): Promise<unknown> {
  const procedure = path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], caller);
  return (procedure as (input: unknown) => Promise<unknown>)(input);
}

// The error a call failed with, or null when it succeeded.
const errorOf = (call: Promise<unknown>): Promise<unknown> =>
  call.then(
    () => null,
    (error: unknown) => error ?? "rejected with nothing",
  );

// What is wrong with how a call failed, or null when it succeeded or failed cleanly.
function problemWith(error: unknown): string | null {
  if (error === null) return null;
  if (!(error instanceof TRPCError)) return `threw ${String(error)}`;
  const status = getHTTPStatusCodeFromError(error);
  if (status >= 500) return `${status} ${error.code}: ${error.message.slice(0, 300)}`;
  if (revealsInternals(error.message)) return `${status} leaks internals: ${error.message.slice(0, 300)}`;
  return null;
}

const stoppedByAuthorization = (error: unknown) =>
  error instanceof TRPCError && (error.code === "UNAUTHORIZED" || error.code === "FORBIDDEN");

// Mutations that parse to the very input the valid one parses to are not boundary inputs
// (an optional field left out, say): calling them is calling the valid input again.
function boundaryMutations(path: string, schema: z.ZodType, validInput: unknown, seed: number): unknown[] {
  const valid = schema.safeParse(validInput);
  return mutationsOf(schema, validInput, seed).filter((input) => {
    const parsed = schema.safeParse(input);
    if (parsed.success && CALLS_OUT_OF_PROCESS.has(path)) return false;
    return !(parsed.success && valid.success && isDeepStrictEqual(parsed.data, valid.data));
  });
}

function describeInput(input: unknown): string {
  const text = JSON.stringify(input, (_key, value: unknown) => {
    if (typeof value === "string" && value.length > 40) return `${value.slice(0, 20)}…(${value.length} chars)`;
    if (typeof value === "number" && !Number.isFinite(value)) return String(value);
    return value;
  });
  return (text ?? String(input)).slice(0, 200);
}

describe("procedure fuzz", () => {
  it("answers every boundary input of every procedure with a clean 4xx, as every kind of caller", {
    timeout: 240_000,
  }, async () => {
    const { fixture, shopperA } = await createMatrixWorld(db);
    const admin = await createUser(db, { role: "ADMIN" });
    const failures: string[] = [];
    let calls = 0;

    for (const [index, [path, procedure]] of procedures.entries()) {
      const schema = procedure._def.inputs[0];
      const validInput = procedureInputs[path]?.(fixture) ?? {};
      const inputs = schema
        ? boundaryMutations(path, schema, validInput, SEED + index)
        : seededSample(boundaryValues, CALLS_WHEN_STOPPED, SEED + index);
      // Fresh sessions for each procedure, so one that signs out everywhere stops nothing else.
      const callers = {
        anonymous: (await anonymousCaller()).caller,
        shopper: (await callerForUser({ id: shopperA.user.id, role: "USER" })).caller,
        admin: (await callerForUser(admin)).caller,
      };
      let fullyCovered = false;
      for (const [role, caller] of Object.entries(callers)) {
        const record = (input: unknown, error: unknown) => {
          calls++;
          const problem = problemWith(error);
          if (problem) failures.push(`${path} as ${role} with ${describeInput(input)}: ${problem}`);
        };
        // An array where an object is expected: refused by the input schema, or first by authorization.
        const probe = await errorOf(invoke(caller, path, []));
        record([], probe);
        const stopped = stoppedByAuthorization(probe);
        const sample = stopped
          ? seededSample(inputs, CALLS_WHEN_STOPPED, SEED + index)
          : fullyCovered
            ? seededSample(inputs, CALLS_FOR_OTHER_CALLERS, SEED + index)
            : inputs;
        fullyCovered ||= !stopped;
        for (const input of sample) record(input, await errorOf(invoke(caller, path, input)));
      }
    }

    expect(failures).toEqual([]);
    // Bounded: enough calls to mean something, few enough to stay quick.
    expect(calls).toBeGreaterThan(1_000);
    expect(calls).toBeLessThan(5_000);
  });
});
