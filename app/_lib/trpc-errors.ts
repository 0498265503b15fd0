// Server-side helpers for errors thrown by the in-process tRPC caller.
import "server-only";
import { TRPCError } from "@trpc/server";
import { notFound } from "next/navigation";

export function hasTRPCCode(error: unknown, ...codes: TRPCError["code"][]): error is TRPCError {
  return error instanceof TRPCError && codes.includes(error.code);
}

// A missing (or malformed, so certainly missing) id or slug is the 404 page; anything else is
// a real error.
export function notFoundOr(error: unknown): never {
  if (hasTRPCCode(error, "NOT_FOUND", "BAD_REQUEST")) notFound();
  throw error;
}
