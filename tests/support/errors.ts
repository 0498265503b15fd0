import { TRPCError } from "@trpc/server";
import { expect } from "vitest";

// Awaits a call expected to fail and returns its TRPCError (failing the test otherwise).
export async function trpcErrorOf(promise: Promise<unknown>): Promise<TRPCError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(TRPCError);
  return error as TRPCError;
}

export function domainCodeOf(error: TRPCError): string | undefined {
  return (error.cause as { code?: string } | undefined)?.code;
}
