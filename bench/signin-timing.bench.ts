// Does sign-in time reveal whether an account exists? Interleaves failed sign-ins for an
// existing account (wrong password) and for unknown emails, through the real procedure with
// production argon2id parameters, and compares the latency distributions.
// Run: npx tsx --tsconfig tsconfig.scripts.json bench/signin-timing.bench.ts
import { summarize } from "./lib/stats";
import { startBenchStack } from "./lib/bench-stack";

const ROUNDS = Number(process.env.ROUNDS ?? 150);
const stack = await startBenchStack({ postgres: 54610, redis: 63610 });
const { db } = await import("../server/db");
const { redis } = await import("../server/redis");
const { createUser } = await import("../tests/factories/user.factory");
const { createCaller } = await import("../server/trpc/root");
const { createContextFromHeaders } = await import("../server/trpc/context");

const user = await createUser(db, { email: "timing@shopfront.test" }, { fastHash: false });
const caller = createCaller(await createContextFromHeaders(new Headers(), new Headers()));

async function timedFailure(email: string): Promise<number> {
  // Rate limits would block repeated failures; this measures the work, not the limiter.
  await redis?.flushdb();
  const started = performance.now();
  await caller.auth.signIn({ email, password: "not-the-password-123" }).catch(() => undefined);
  return performance.now() - started;
}

const known: number[] = [];
const unknown: number[] = [];
for (let round = 0; round < ROUNDS; round++) {
  known.push(await timedFailure(user.email));
  unknown.push(await timedFailure(`nobody-${round}@shopfront.test`));
}
const a = summarize(known.slice(10));
const b = summarize(unknown.slice(10));
console.log(
  JSON.stringify(
    {
      bench: "sign-in timing",
      rounds: ROUNDS,
      warmupDropped: 10,
      existingAccount: a,
      unknownEmail: b,
      p50Ratio: Math.round((b.p50 / a.p50) * 1000) / 1000,
    },
    null,
    2,
  ),
);
await db.$disconnect();
redis?.disconnect();
await stack.stop();
process.exit(0);
