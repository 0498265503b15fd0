// Recognising the Prisma errors that repos translate into DomainErrors.
import "server-only";
import { Prisma } from "../generated/prisma/client";

// P2002 unique constraint, P2003 foreign key, P2025 record not found.
export function isPrismaError(error: unknown, code: "P2002" | "P2003" | "P2025"): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === code;
}
