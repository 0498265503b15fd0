// Readiness: may a load balancer send this instance traffic? PostgreSQL reachable and every
// migration of this build applied: required. Redis: the app serves without it (caches off,
// revocation checked in the database, limits per instance), so a Redis failure reports
// "degraded" and stays ready; taking every instance out because a shared cache is down would
// turn a slowdown into an outage. Draining (SIGTERM): unavailable at once.
// Each check is bounded in time. The answer names failed checks only; what failed is logged,
// never sent (error text carries hosts, ports and SQL).
import "server-only";
import { expectedMigrations } from "../generated/migrations";
import { isDraining, isWarmingUp } from "../lib/lifecycle";
import { logger } from "../lib/logger";
import { redis } from "../redis";
import { appliedMigrationNames, pingDatabase } from "./health.repo";

const CHECK_TIMEOUT_MS = 2_000;

type CheckName = "database" | "migrations" | "redis";
export type CheckStatus = "ok" | "fail" | "degraded" | "skipped";
export type Readiness = {
  status: "ready" | "degraded" | "unavailable" | "warming" | "draining";
  checks: Record<CheckName, CheckStatus>;
};
export type Probes = Record<CheckName, (() => Promise<void>) | null>;

async function missingMigrations(): Promise<void> {
  const applied = new Set(await appliedMigrationNames());
  const missing = expectedMigrations.filter((name) => !applied.has(name));
  if (missing.length > 0) throw new Error(`not applied: ${missing.join(", ")}`);
}

const defaultProbes: Probes = {
  database: pingDatabase,
  migrations: missingMigrations,
  redis: redis ? async () => void (await redis?.ping()) : null,
};

function withTimeout<T>(work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${CHECK_TIMEOUT_MS} ms`)), CHECK_TIMEOUT_MS);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

async function passes(name: CheckName, probe: () => Promise<void>): Promise<boolean> {
  try {
    await withTimeout(probe());
    return true;
  } catch (error) {
    logger.warn({ err: error, check: name }, "readiness check failed");
    return false;
  }
}

export async function readiness(probes: Probes = defaultProbes): Promise<Readiness> {
  const [database, migrations, redisUp] = await Promise.all(
    (["database", "migrations", "redis"] as const).map((name) => {
      const probe = probes[name];
      return probe ? passes(name, probe) : Promise.resolve(null);
    }),
  );
  const checks = {
    database: database ? "ok" : "fail",
    migrations: migrations ? "ok" : "fail",
    redis: redisUp === null ? "skipped" : redisUp ? "ok" : "degraded",
  } satisfies Record<CheckName, CheckStatus>;
  if (isDraining()) return { status: "draining", checks };
  if (isWarmingUp()) return { status: "warming", checks };
  if (!database || !migrations) return { status: "unavailable", checks };
  return { status: checks.redis === "degraded" ? "degraded" : "ready", checks };
}
