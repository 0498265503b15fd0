// Benchmark baseline only: the database work of checkout.placeOrder written by hand with plain
// `pg`, statement for statement as server/checkout/checkout.service.ts, checkout.repo.ts,
// server/catalog/stock.repo.ts and server/jobs/enqueue.ts send it, so bench/checkout.bench.ts
// prices what tRPC + Prisma add.
// Both send 15 statements for a two-line cart (counted on 2026-12-01; until then this side did
// not write the staff's live "order placed" event, and sent 14).
import { createHash } from "node:crypto";
import type pg from "pg";
import { v7 as uuidV7 } from "uuid";
import { orderNumber, shippingFor } from "@/server/checkout/pricing";
import { DEFAULT_MAX_ATTEMPTS } from "@/server/jobs/job.schema";
import { liveChannels } from "@/server/realtime/live-event.schema";

const IDEMPOTENCY_TTL_MS = 24 * 3_600_000;

export type Address = {
  fullName: string;
  line1: string;
  line2?: string;
  city: string;
  postalCode: string;
  country: string;
};
export type PlaceOrderRequest = { userId: string; sessionId: string; idempotencyKey: string; shippingAddress: Address };
export type RefusalCode =
  | "UNAUTHENTICATED"
  | "EMAIL_NOT_VERIFIED"
  | "CHECKOUT_IN_PROGRESS"
  | "IDEMPOTENCY_KEY_REUSED"
  | "CART_EMPTY"
  | "OUT_OF_STOCK"
  | "BAD_REQUEST";

export class CheckoutRefusal extends Error {
  constructor(
    readonly code: RefusalCode,
    message: string,
  ) {
    super(message);
  }
}

function requestHash(address: Address): string {
  const canonical = Object.fromEntries(Object.entries(address).sort(([a], [b]) => a.localeCompare(b)));
  return createHash("sha256").update(JSON.stringify(canonical)).digest("hex");
}

type Taken = { productId: string; quantity: number; name: string; slug: string; priceCents: number; currency: string };

export async function placeOrder(pool: pg.Pool, request: PlaceOrderRequest, paymentWindowMinutes: number) {
  const { rows: users } = await pool.query<{ email: string; emailVerifiedAt: Date | null }>(
    `SELECT u.email, u."emailVerifiedAt" FROM sessions s JOIN users u ON u.id = s."userId"
     WHERE s.id = $1::uuid AND s."userId" = $2::uuid AND s."revokedAt" IS NULL AND s."expiresAt" > now() AND u."disabledAt" IS NULL`,
    [request.sessionId, request.userId],
  );
  const user = users[0];
  if (!user) throw new CheckoutRefusal("UNAUTHENTICATED", "Your session has ended; sign in again");
  if (!user.emailVerifiedAt)
    throw new CheckoutRefusal("EMAIL_NOT_VERIFIED", "Confirm your email address before checking out");
  const hash = requestHash(request.shippingAddress);

  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    const result = await inTransaction(client, request, { email: user.email, hash, paymentWindowMinutes });
    await client.query("COMMIT");
    return result;
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  } finally {
    client.release();
  }
}

async function inTransaction(
  client: pg.PoolClient,
  request: PlaceOrderRequest,
  context: { email: string; hash: string; paymentWindowMinutes: number },
) {
  const { userId, idempotencyKey: key, shippingAddress: address } = request;
  const { rows: locks } = await client.query<{ locked: boolean }>(
    `SELECT pg_try_advisory_xact_lock(hashtextextended($1, 0)) AS locked`,
    [`checkout:${userId}:${key}`],
  );
  if (locks[0]?.locked !== true)
    throw new CheckoutRefusal("CHECKOUT_IN_PROGRESS", "This order is already being placed");
  const { rows: previous } = await client.query<{ requestHash: string; response: { orderId: string; number: string } }>(
    `SELECT "requestHash", response FROM idempotency_keys WHERE "userId" = $1::uuid AND scope = 'checkout' AND key = $2`,
    [userId, key],
  );
  if (previous[0]) {
    if (previous[0].requestHash !== context.hash)
      throw new CheckoutRefusal("IDEMPOTENCY_KEY_REUSED", "This checkout key was already used for a different order");
    return { ...previous[0].response, replayed: true };
  }

  const { rows: lines } = await client.query<{ productId: string; quantity: number }>(
    `SELECT ci."productId", ci.quantity FROM cart_items ci JOIN carts c ON c.id = ci."cartId" WHERE c."userId" = $1::uuid ORDER BY ci."productId"`,
    [userId],
  );
  if (lines.length === 0) throw new CheckoutRefusal("CART_EMPTY", "Your cart is empty");
  const items: Taken[] = [];
  for (const line of lines) {
    const { rows } = await client.query<Omit<Taken, "productId" | "quantity">>(
      `UPDATE products SET stock = stock - $1, "stockVersion" = "stockVersion" + 1, "updatedAt" = now()
       WHERE id = $2::uuid AND active AND "deletedAt" IS NULL AND stock >= $1
       RETURNING name, slug, "priceCents", currency, stock, "stockVersion" AS version`,
      [line.quantity, line.productId],
    );
    if (!rows[0]) {
      const { rows: named } = await client.query<{ name: string }>(`SELECT name FROM products WHERE id = $1::uuid`, [
        line.productId,
      ]);
      throw new CheckoutRefusal("OUT_OF_STOCK", `${named[0]?.name ?? "A product"} does not have enough stock left`);
    }
    items.push({ ...rows[0], productId: line.productId, quantity: line.quantity });
  }
  const currency = items[0]?.currency ?? "USD";
  if (items.some((item) => item.currency !== currency))
    throw new CheckoutRefusal("BAD_REQUEST", "A cart holds one currency only");
  const subtotalCents = items.reduce((sum, item) => sum + item.priceCents * item.quantity, 0);
  const shippingCents = shippingFor(subtotalCents);
  const now = new Date();
  const paymentExpiresAt = new Date(now.getTime() + context.paymentWindowMinutes * 60_000).toISOString();
  const orderId = uuidV7();
  const number = orderNumber();

  await client.query(
    `INSERT INTO orders (id, number, "userId", status, currency, "subtotalCents", "shippingCents", "totalCents", email,
       "shipFullName", "shipLine1", "shipLine2", "shipCity", "shipPostalCode", "shipCountry", "paymentExpiresAt", "createdAt", "updatedAt")
     VALUES ($1, $2, $3, 'PENDING_PAYMENT', $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $16)`,
    [
      orderId,
      number,
      userId,
      currency,
      subtotalCents,
      shippingCents,
      subtotalCents + shippingCents,
      context.email,
      address.fullName,
      address.line1,
      address.line2 ?? null,
      address.city,
      address.postalCode,
      address.country,
      paymentExpiresAt,
      now.toISOString(),
    ],
  );
  const itemRows = items.map((item) => [
    uuidV7(),
    orderId,
    item.productId,
    item.name,
    item.slug,
    item.priceCents,
    item.quantity,
    item.priceCents * item.quantity,
  ]);
  await client.query(
    `INSERT INTO order_items (id, "orderId", "productId", "productName", "productSlug", "unitPriceCents", quantity, "lineTotalCents")
     VALUES ${itemRows.map((_, row) => `(${Array.from({ length: 8 }, (_, column) => `$${row * 8 + column + 1}`).join(", ")})`).join(", ")}`,
    itemRows.flat(),
  );
  await client.query(
    `INSERT INTO order_events (id, "orderId", "toStatus", note, "actorId", "createdAt") VALUES ($1, $2, 'PENDING_PAYMENT', 'Order placed', $3, $4)`,
    [uuidV7(), orderId, userId, now.toISOString()],
  );
  await client.query(`DELETE FROM cart_items ci USING carts c WHERE c.id = ci."cartId" AND c."userId" = $1::uuid`, [
    userId,
  ]);
  await addJob(client, "publish-live-event", {
    channels: [liveChannels.staff],
    event: { type: "order.placed", orderId, number, totalCents: subtotalCents + shippingCents, currency },
  });
  const response = { orderId, number };
  await client.query(
    `INSERT INTO idempotency_keys (id, "userId", scope, key, "requestHash", status, response, "createdAt", "expiresAt")
     VALUES ($1, $2, 'checkout', $3, $4, 'COMPLETED', $5, $6, $7)`,
    [
      uuidV7(),
      userId,
      key,
      context.hash,
      JSON.stringify(response),
      now.toISOString(),
      new Date(now.getTime() + IDEMPOTENCY_TTL_MS).toISOString(),
    ],
  );
  await addJob(
    client,
    "release-unpaid-order",
    { orderId },
    { runAt: paymentExpiresAt, jobKey: `release-unpaid-order:${orderId}` },
  );
  return { ...response, replayed: false };
}

function addJob(
  client: pg.PoolClient,
  name: string,
  payload: object,
  options: { runAt?: string; jobKey?: string } = {},
) {
  return client.query(
    `SELECT (graphile_worker.add_job(identifier => $1::text, payload => $2::json, run_at => $3::timestamptz, max_attempts => $4::int, job_key => $5::text)).id AS id`,
    [name, JSON.stringify(payload), options.runAt ?? null, DEFAULT_MAX_ATTEMPTS, options.jobKey ?? null],
  );
}
