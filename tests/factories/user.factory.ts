// Users: buildUser gives plain data, createUser inserts it. Shared by the seed, integration
// tests and e2e fixtures.
import { randomUUID } from "node:crypto";
import { hash } from "@node-rs/argon2";
import type { DbExecutor } from "../../server/prisma-factory";

export type UserSeed = { email: string; name: string; password: string; role: "USER" | "ADMIN"; verified: boolean };

export function buildUser(overrides: Partial<UserSeed> = {}): UserSeed {
  const id = randomUUID().slice(0, 8);
  return {
    email: `shopper-${id}@shopfront.test`,
    name: `Shopper ${id}`,
    password: `pass-${id}-long-enough`,
    role: "USER",
    verified: true,
    ...overrides,
  };
}

// Tests use cheap argon2id parameters; production hashing is in server/auth/password.ts.
const FAST_ARGON2 = { algorithm: 2, memoryCost: 1024, timeCost: 1, parallelism: 1 } as const;

export async function createUser(
  db: DbExecutor,
  overrides: Partial<UserSeed> = {},
  options: { fastHash?: boolean } = {},
) {
  const seed = buildUser(overrides);
  const passwordHash = await hash(
    seed.password,
    options.fastHash === false ? { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } : FAST_ARGON2,
  );
  const user = await db.user.create({
    data: {
      email: seed.email,
      name: seed.name,
      passwordHash,
      role: seed.role,
      emailVerifiedAt: seed.verified ? new Date() : null,
    },
    select: { id: true, email: true, name: true, role: true },
  });
  return { ...user, password: seed.password };
}
