// Repos translate the Prisma errors a caller can cause into DomainErrors: one helper, so each
// repo names only which code and message a unique clash, a missing reference or a missing
// row means for its own data. Anything else (a bug, an outage) passes through untouched.
import "server-only";
import { type DomainErrorCode, DomainError } from "./lib/errors";
import { isPrismaError } from "./lib/prisma-errors";

type Refusal = readonly [code: DomainErrorCode, message: string];
// P2002 unique constraint, P2003 foreign key, P2025 the row to update or delete is gone.
export type PrismaRefusals = Partial<Record<"P2002" | "P2003" | "P2025", Refusal>>;

const prismaCodes = ["P2002", "P2003", "P2025"] as const;

// For a query's `.catch(...)`: rethrows the matching refusal as a DomainError.
export function refusePrismaErrors(refusals: PrismaRefusals): (error: unknown) => never {
  return (error) => {
    for (const prismaCode of prismaCodes) {
      const refusal = refusals[prismaCode];
      if (refusal && isPrismaError(error, prismaCode)) throw new DomainError(refusal[0], refusal[1]);
    }
    throw error;
  };
}
