// Recognising the Prisma errors that repos translate into DomainErrors.
import "server-only";
import { Prisma } from "../generated/prisma/client";

// P2002 unique constraint, P2003 foreign key, P2025 record not found.
export function isPrismaError(error: unknown, code: "P2002" | "P2003" | "P2025"): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === code;
}

// The database could not answer, or not in time; trying again shortly is the right advice
// (503 with Retry-After), not a bug (500). Prisma: can't reach, timed out, closed, pool
// exhausted, a transaction that could not start or outlived its timeout, a write conflict.
const unavailablePrismaCodes = new Set(["P1001", "P1002", "P1008", "P1017", "P2024", "P2028", "P2034"]);
// The pg driver adapter's own kinds for the same failures.
const unavailableAdapterKinds = new Set([
  "DatabaseNotReachable",
  "ConnectionClosed",
  "SocketTimeout",
  "TooManyConnections",
  "TransactionWriteConflict",
  "TransactionAlreadyClosed",
]);
// SQLSTATE: 08 connection exceptions, 53 insufficient resources, 57P01-03 shutting down or
// starting up, 57014 statement timeout, 55P03 lock timeout, 40001/40P01 serialization failure
// and deadlock (the transaction was rolled back whole).
const unavailableSqlState = /^(08|53|57P0[123]$|57014$|55P03$|40001$|40P01$)/;
// What pg and Prisma say when the connection itself failed (no SQLSTATE to read).
const unavailableMessage =
  /can't reach database|connection terminated|ECONNREFUSED|ECONNRESET|terminating connection|server closed the connection|Connection refused|timed out fetching a new connection|timeout exceeded when trying to connect|connection error and is not queryable|Cannot use a pool after calling end|database system is (shutting down|starting up)/i;

type AdapterFailure = { kind?: string; originalCode?: string; code?: string };

// Model queries throw the adapter's DriverAdapterError as it is; raw queries wrap it in P2010.
function adapterFailure(error: unknown): AdapterFailure | null {
  if (error instanceof Prisma.PrismaClientKnownRequestError) {
    const wrapped = (error.meta as { driverAdapterError?: { cause?: AdapterFailure } } | undefined)?.driverAdapterError;
    return wrapped?.cause ?? null;
  }
  if (error instanceof Error && error.name === "DriverAdapterError")
    return (error.cause as AdapterFailure | undefined) ?? null;
  return null;
}

// pg's own error, thrown by reads sent straight to the pool (prisma-factory's queryRowsOnPool):
// the SQLSTATE is its `code`, beside a `severity`. Recognised by shape, since each Next bundle may
// hold its own copy of pg's classes.
function pgSqlState(error: unknown): string | undefined {
  if (!(error instanceof Error) || !("severity" in error) || !("code" in error)) return undefined;
  return typeof error.code === "string" ? error.code : undefined;
}

// A unique index refused a row sent straight to the pool (raw SQL in a pool transaction).
export function isUniqueViolationOnPool(error: unknown, index: string): boolean {
  return pgSqlState(error) === "23505" && (error as { constraint?: unknown }).constraint === index;
}

export function isDatabaseUnavailable(error: unknown): boolean {
  if (error instanceof Prisma.PrismaClientInitializationError) return true;
  if (error instanceof Prisma.PrismaClientKnownRequestError && unavailablePrismaCodes.has(error.code)) return true;
  const failure = adapterFailure(error);
  if (failure?.kind && unavailableAdapterKinds.has(failure.kind)) return true;
  const sqlState = failure?.kind === "postgres" ? (failure.originalCode ?? failure.code) : pgSqlState(error);
  if (sqlState) return unavailableSqlState.test(sqlState);
  return error instanceof Error && unavailableMessage.test(error.message);
}
