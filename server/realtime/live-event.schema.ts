// What the live streams carry, and on which channel. A channel is a room in Socket.IO's sense:
// every tab of a signed-in shopper listens on its user channel, staff tabs on the staff channel,
// product pages on their product's channel. Durable events are kept in a Redis Stream per
// channel and replayed to a client that reconnects with its last event id; ephemeral ones
// (typing, stock ticks) are only published: a client that misses one loses nothing
// that its next query would not show.
// Browser-safe: the client narrows on `type`.
import { z } from "../lib/zod";
import { orderStatusSchema } from "../order/order.schema";

export const liveChannels = {
  user: (userId: string) => `user:${userId}`,
  staff: "staff",
  product: (productId: string) => `product:${productId}`,
} as const;
export const liveChannelSchema = z.string().regex(/^(staff|user:[0-9a-f-]{36}|product:[0-9a-f-]{36})$/);

const orderRef = { orderId: z.uuid(), number: z.string() };

export const durableLiveEventSchema = z.discriminatedUnion("type", [
  // To the shopper whose order it is.
  z.strictObject({ type: z.literal("order.status"), ...orderRef, status: orderStatusSchema }),
  // To staff.
  z.strictObject({ type: z.literal("order.placed"), ...orderRef, totalCents: z.int(), currency: z.string() }),
  z.strictObject({ type: z.literal("order.paid"), ...orderRef, totalCents: z.int(), currency: z.string() }),
  z.strictObject({ type: z.literal("stock.low"), productId: z.uuid(), name: z.string(), stock: z.int() }),
  // To both sides of a support conversation (the shopper's user channel and staff).
  z.strictObject({
    type: z.literal("support.message"),
    conversationId: z.uuid(),
    seq: z.int(),
    from: z.enum(["shopper", "staff"]),
    preview: z.string(),
  }),
  z.strictObject({
    type: z.literal("support.read"),
    conversationId: z.uuid(),
    seq: z.int(),
    by: z.enum(["shopper", "staff"]),
  }),
  z.strictObject({ type: z.literal("support.conversation"), conversationId: z.uuid() }),
]);
export type DurableLiveEvent = z.infer<typeof durableLiveEventSchema>;

export const ephemeralLiveEventSchema = z.discriminatedUnion("type", [
  z.strictObject({
    type: z.literal("stock"),
    productId: z.uuid(),
    stock: z.int(),
    // The product's stock version: instances publish in the order they reach Redis, not the
    // order their commits finished, so a stream drops a level older than one it has passed on.
    version: z.int().min(1),
  }),
  z.strictObject({ type: z.literal("support.typing"), conversationId: z.uuid(), from: z.enum(["shopper", "staff"]) }),
]);
export type EphemeralLiveEvent = z.infer<typeof ephemeralLiveEventSchema>;

export type LiveEvent = DurableLiveEvent | EphemeralLiveEvent;
