// Every status change of an order goes through moveOrder, so each one reaches the shopper's
// open tabs and the staff dashboard: the live event is written to the outbox in the same
// transaction as the change (published once it commits, never for a rolled-back change).
import "server-only";
import type { DbTransaction } from "../db";
import type { DurableLiveEvent } from "../realtime/live-event.schema";
import { liveChannels } from "../realtime/live-event.schema";
import { enqueueLiveEvent } from "../realtime/live-outbox";
import * as orderRepo from "./order.repo";

export async function moveOrder(tx: DbTransaction, move: Parameters<typeof orderRepo.transitionOrder>[1]) {
  const moved = await orderRepo.transitionOrder(tx, move);
  if (!moved) return null;
  const ref = { orderId: moved.id, number: moved.number };
  const status: DurableLiveEvent = { type: "order.status", ...ref, status: move.to };
  const shopper = liveChannels.user(moved.userId);
  // Staff hear of a payment as such (a feed entry, the overview's revenue); of other moves as
  // the shopper does, in one job.
  if (move.to === "PAID") {
    await enqueueLiveEvent(tx, [shopper], status);
    const paid = { type: "order.paid", ...ref, totalCents: moved.totalCents, currency: moved.currency } as const;
    await enqueueLiveEvent(tx, [liveChannels.staff], paid);
  } else {
    await enqueueLiveEvent(tx, [shopper, liveChannels.staff], status);
  }
  return moved;
}
