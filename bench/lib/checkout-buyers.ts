// Bench buyers made straight in the database before the timed part: a verified user, a live
// session and a cart holding the given products (quantity 1 each), so every timed request is
// exactly one placeOrder. Set-based inserts make thousands in about a second.
//
// Buyers are signed in by signing the access JWT the server would issue for that session,
// not through auth.signIn: sign-in allows 30 attempts per 15 minutes per IP (every bench
// request shares one IP) and costs an argon2id verify each, while the token it returns is
// exactly this one, verified by the server the same way.
import { randomUUID } from "node:crypto";
import type pg from "pg";
import { signAccessToken } from "../../server/auth/jwt";

export type Buyer = { userId: string; sessionId: string; accessToken: string };
type TokenKey = { authSecret: string; appUrl: string };

export async function createBuyers(
  db: pg.Pool,
  count: number,
  cartOf: (index: number) => string[],
  key: TokenKey,
): Promise<Buyer[]> {
  const ids = Array.from({ length: count }, () => ({ userId: randomUUID(), sessionId: randomUUID() }));
  const userIds = ids.map(({ userId }) => userId);
  const lines = userIds.flatMap((userId, index) => cartOf(index).map((productId) => [userId, productId] as const));
  await db.query(
    `INSERT INTO users (id, email, name, "passwordHash", "emailVerifiedAt", "updatedAt")
     SELECT id, 'bench-' || id || '@shopfront.test', 'Bench buyer', 'no password: signed in by token', now(), now() FROM unnest($1::uuid[]) AS id`,
    [userIds],
  );
  await db.query(
    `INSERT INTO sessions (id, "userId", "userAgent", "expiresAt")
     SELECT s, u, 'bench', now() + interval '1 day' FROM unnest($1::uuid[], $2::uuid[]) AS t(s, u)`,
    [ids.map(({ sessionId }) => sessionId), userIds],
  );
  await db.query(
    `INSERT INTO carts (id, "userId", "updatedAt") SELECT gen_random_uuid(), u, now() FROM unnest($1::uuid[]) AS u`,
    [userIds],
  );
  await db.query(
    `INSERT INTO cart_items (id, "cartId", "productId", quantity)
     SELECT gen_random_uuid(), c.id, t.p, 1 FROM unnest($1::uuid[], $2::uuid[]) AS t(u, p) JOIN carts c ON c."userId" = t.u`,
    [lines.map(([userId]) => userId), lines.map(([, productId]) => productId)],
  );
  // 15 minutes: outlives any bench run.
  const signing = { secret: key.authSecret, issuer: key.appUrl, ttlSeconds: 900 };
  return Promise.all(
    ids.map(async (buyer) => ({ ...buyer, accessToken: await signAccessToken({ ...buyer, role: "USER" }, signing) })),
  );
}
