import "server-only";
import type { DbTransaction } from "../db";
import type { PaymentStatus } from "../generated/prisma/client";
import { lockForTransaction } from "../lib/transaction-locks";

// The one provider this shop takes payments from (the built-in test provider speaks its protocol).
export const PAYMENT_PROVIDER = "testpay";

const byReference = (providerRef: string) => ({ provider_providerRef: { provider: PAYMENT_PROVIDER, providerRef } });

// True the first time an event id is seen; a redelivery inserts nothing.
export async function recordEventOnce(tx: DbTransaction, eventId: string, type: string): Promise<boolean> {
  const inserted = await tx.$executeRaw`
    INSERT INTO webhook_events (id, provider, "eventId", type) VALUES (gen_random_uuid(), ${PAYMENT_PROVIDER}, ${eventId}, ${type})
    ON CONFLICT (provider, "eventId") DO NOTHING`;
  return inserted === 1;
}

// Held to the end of the transaction: events of one payment apply one after the other. Two at
// once (a failed and a succeeded, sent together) would both find no payment and both insert it;
// the upsert below runs as INSERT ... ON CONFLICT only when it has something to update.
export function lockPaymentReference(tx: DbTransaction, providerRef: string): Promise<void> {
  return lockForTransaction(tx, `payment:${providerRef}`);
}

export async function findPaymentOrderId(tx: DbTransaction, providerRef: string): Promise<string | null> {
  return (await tx.payment.findUnique({ where: byReference(providerRef), select: { orderId: true } }))?.orderId ?? null;
}

// A payment never moves backwards: a late "failed" after "succeeded" changes nothing.
export async function savePayment(
  tx: DbTransaction,
  payment: { orderId: string; providerRef: string; amountCents: number; currency: string; status: PaymentStatus },
): Promise<void> {
  await tx.payment.upsert({
    where: byReference(payment.providerRef),
    create: { ...payment, provider: PAYMENT_PROVIDER },
    update: payment.status === "SUCCEEDED" ? { status: payment.status } : {},
    select: { id: true },
  });
}
