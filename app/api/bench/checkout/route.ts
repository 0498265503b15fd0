// Benchmark baseline only (BENCH_BASELINE=1, never in production): checkout.placeOrder's
// transaction through plain `pg` and a bare route handler, so bench/checkout.bench.ts can
// price the tRPC + Prisma stack against it. The buyer is named by two headers instead of the
// access-token cookie: this route trusts its caller, which is why it exists only for benchmarks.
import pg from "pg";
import { env } from "@/server/env";
import { CheckoutRefusal, placeOrder, type Address, type RefusalCode } from "./place-order";

export const dynamic = "force-dynamic";

let pool: pg.Pool | undefined;

// The HTTP statuses tRPC gives these domain codes (server/lib/errors.ts), so both sides answer alike.
const refusalStatus: Record<RefusalCode, number> = {
  UNAUTHENTICATED: 401,
  EMAIL_NOT_VERIFIED: 403,
  CHECKOUT_IN_PROGRESS: 409,
  IDEMPOTENCY_KEY_REUSED: 422,
  CART_EMPTY: 400,
  OUT_OF_STOCK: 409,
  BAD_REQUEST: 400,
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const text = (value: unknown) => (typeof value === "string" && value.trim() !== "" ? value.trim() : null);

// Checks only what the SQL needs; the zod schema of the tRPC side is part of what is priced.
function readInput(body: unknown): { idempotencyKey: string; shippingAddress: Address } | null {
  const { idempotencyKey, shippingAddress: raw } = (body ?? {}) as {
    idempotencyKey?: unknown;
    shippingAddress?: Record<string, unknown>;
  };
  if (typeof idempotencyKey !== "string" || !UUID.test(idempotencyKey) || !raw || typeof raw !== "object") return null;
  const [fullName, line1, city, postalCode] = [
    text(raw.fullName),
    text(raw.line1),
    text(raw.city),
    text(raw.postalCode),
  ];
  const country = text(raw.country)?.toUpperCase();
  if (!fullName || !line1 || !city || !postalCode || !country || !/^[A-Z]{2}$/.test(country)) return null;
  if (raw.line2 !== undefined && typeof raw.line2 !== "string") return null;
  const address: Address = { fullName, line1, city, postalCode, country };
  return {
    idempotencyKey,
    shippingAddress: raw.line2 === undefined ? address : { ...address, line2: raw.line2.trim() },
  };
}

function refusal(code: RefusalCode, message: string): Response {
  return Response.json({ error: { code, message } }, { status: refusalStatus[code] });
}

export async function POST(request: Request) {
  if (env.BENCH_BASELINE !== "1") return new Response("Not found", { status: 404 });
  pool ??= new pg.Pool({ connectionString: env.DATABASE_URL, max: 10 });
  const userId = request.headers.get("x-bench-user-id");
  const sessionId = request.headers.get("x-bench-session-id");
  if (!userId || !UUID.test(userId) || !sessionId || !UUID.test(sessionId))
    return refusal("UNAUTHENTICATED", "Sign in to continue");
  const input = readInput(await request.json().catch(() => null));
  if (!input) return refusal("BAD_REQUEST", "Invalid checkout request");
  try {
    return Response.json(await placeOrder(pool, { userId, sessionId, ...input }, env.PAYMENT_WINDOW_MINUTES));
  } catch (error) {
    if (error instanceof CheckoutRefusal) return refusal(error.code, error.message);
    throw error;
  }
}
