// Readiness: PostgreSQL reachable, every migration of this build applied, Redis reachable
// (when configured). Each check is bounded in time so a hung dependency fails the probe
// instead of hanging it.
import "server-only";
import { expectedMigrations } from "../generated/migrations";
import { redis } from "../redis";
import { appliedMigrationNames, pingDatabase } from "./health.repo";

const CHECK_TIMEOUT_MS = 2_000;

export type CheckResult = { status: "ok" | "fail" | "skipped"; detail?: string };
export type Readiness = { ready: boolean; checks: Record<"database" | "migrations" | "redis", CheckResult> };

function withTimeout<T>(work: Promise<T>): Promise<T> {
  return Promise.race([
    work,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`timed out after ${CHECK_TIMEOUT_MS} ms`)), CHECK_TIMEOUT_MS)),
  ]);
}

async function check(work: () => Promise<string | void>): Promise<CheckResult> {
  try {
    const detail = await withTimeout(work());
    return detail ? { status: "fail", detail } : { status: "ok" };
  } catch (error) {
    return { status: "fail", detail: error instanceof Error ? error.message : "unknown error" };
  }
}

export async function readiness(): Promise<Readiness> {
  const [database, migrations, redisCheck] = await Promise.all([
    check(pingDatabase),
    check(async () => {
      const applied = new Set(await appliedMigrationNames());
      const missing = expectedMigrations.filter((name) => !applied.has(name));
      return missing.length > 0 ? `not applied: ${missing.join(", ")}` : undefined;
    }),
    redis ? check(async () => void (await redis?.ping())) : Promise.resolve<CheckResult>({ status: "skipped", detail: "REDIS_URL not set" }),
  ]);
  const checks = { database, migrations, redis: redisCheck };
  return { ready: Object.values(checks).every((result) => result.status !== "fail"), checks };
}
