// Recognising the Prisma errors that repos translate into DomainErrors.
import "server-only";
import { Prisma } from "../generated/prisma/client";

// P2002 unique constraint, P2003 foreign key, P2025 record not found.
export function isPrismaError(error: unknown, code: "P2002" | "P2003" | "P2025"): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === code;
}

// Connection-level failures: can't reach, timed out, closed, pool exhausted; raw queries report
// them as P2010 with the driver's message.
const unavailableCodes = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);
const unavailableMessage = /can't reach database|connection terminated|ECONNREFUSED|ECONNRESET|terminating connection|server closed the connection|Connection refused|timed out fetching a new connection/i;

export function isDatabaseUnavailable(error: unknown): boolean {
  if (error instanceof Prisma.PrismaClientKnownRequestError) {
    return unavailableCodes.has(error.code) || (error.code === "P2010" && unavailableMessage.test(error.message));
  }
  if (error instanceof Prisma.PrismaClientInitializationError) return true;
  return error instanceof Error && unavailableMessage.test(error.message);
}
