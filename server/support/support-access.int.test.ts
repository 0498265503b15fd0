// Who may see and act on a support conversation: a shopper only on their own (another's is
// "not found", never "forbidden", so ids reveal nothing), staff on any. And what the chat
// tells live clients: durable events through the outbox in the change's own transaction,
// typing signals published straight to the other side.
import { randomUUID } from "node:crypto";
import { once } from "node:events";
import { describe, expect, it } from "vitest";
import { db } from "../db";
import { redis } from "../redis";
import { liveChannels } from "../realtime/live-event.schema";
import { pubSubChannel } from "../realtime/live-keys";
import { createCategory, createProduct } from "../../tests/factories/catalog.factory";
import { domainCodeOf, trpcErrorOf } from "../../tests/support/errors";
import { placedOrder } from "../../tests/support/orders";
import { answer, queuedLiveEvents, say, shopperWithConversation, staffCaller } from "../../tests/support/support-chat";
import { sendMessage } from "./support-chat";

describe("a shopper and another shopper's conversation", () => {
  it("is not found on every procedure that names it", async () => {
    const a = await shopperWithConversation(db);
    const b = await shopperWithConversation(db);
    const conversationId = a.conversation.id;
    const calls = [
      () => b.caller.support.get({ conversationId }),
      () => say(b.caller, conversationId, "let me in"),
      () => b.caller.support.markRead({ conversationId, seq: 1 }),
      () => b.caller.support.typing({ conversationId }),
    ];
    for (const call of calls) {
      const error = await trpcErrorOf(call());
      expect(error.code).toBe("NOT_FOUND");
      expect(domainCodeOf(error)).toBe("CONVERSATION_NOT_FOUND");
    }
    expect((await b.caller.support.list({})).items.map((item) => item.id)).toEqual([b.conversation.id]);
    const untouched = await a.caller.support.get({ conversationId });
    expect(untouched.messages).toHaveLength(1);
    expect(untouched.conversation.shopperReadSeq).toBe(1);
  });

  it("may open a conversation about their own order only", async () => {
    const product = await createProduct(db, (await createCategory(db)).id);
    const owner = await placedOrder(db, product.id);
    const order = await db.order.findUniqueOrThrow({ where: { id: owner.orderId }, select: { number: true } });
    const opened = await owner.caller.support.open({
      orderId: owner.orderId,
      firstMessage: { id: randomUUID(), body: "Can I change the address?" },
    });
    expect(opened).toMatchObject({ subject: `Order ${order.number}`, order: { id: owner.orderId } });

    const stranger = await shopperWithConversation(db);
    const error = await trpcErrorOf(
      stranger.caller.support.open({ orderId: owner.orderId, firstMessage: { id: randomUUID(), body: "Whose?" } }),
    );
    expect(error.code).toBe("NOT_FOUND");
    expect(domainCodeOf(error)).toBe("ORDER_NOT_FOUND");
    expect(await db.supportConversation.count({ where: { orderId: owner.orderId } })).toBe(1);
  });

  it("is answered by staff, who see every conversation", async () => {
    const a = await shopperWithConversation(db);
    const staff = await staffCaller(db);
    const seen = await staff.caller.admin.support.get({ conversationId: a.conversation.id });
    expect(seen.conversation.customer).toEqual({ id: a.user.id, name: a.user.name, email: a.user.email });
    const reply = await answer(staff.caller, a.conversation.id, "Hi! Happy to help.");
    expect(reply).toMatchObject({ from: "STAFF", authorName: "Sam Staff", seq: 2 });
  });
});

describe("live events", () => {
  it("queues each message's event for the shopper and staff in the message's transaction", async () => {
    const { user, caller, conversation } = await shopperWithConversation(db);
    const channels = [liveChannels.user(user.id), liveChannels.staff];
    expect(await queuedLiveEvents(db)).toEqual([
      { channels, event: { type: "support.conversation", conversationId: conversation.id } },
      {
        channels,
        event: {
          type: "support.message",
          conversationId: conversation.id,
          seq: 1,
          from: "shopper",
          preview: "Hello, where is my parcel?",
        },
      },
    ]);
    await say(caller, conversation.id, "Any news?");
    await caller.support.markRead({ conversationId: conversation.id, seq: 2 });
    // The marker was already at 2 (sending reads up to one's own message): no event.
    const staff = await staffCaller(db);
    await staff.caller.admin.support.markRead({ conversationId: conversation.id, seq: 2 });
    await staff.caller.admin.support.close({ conversationId: conversation.id });
    expect((await queuedLiveEvents(db)).slice(2)).toEqual([
      {
        channels,
        event: {
          type: "support.message",
          conversationId: conversation.id,
          seq: 2,
          from: "shopper",
          preview: "Any news?",
        },
      },
      { channels, event: { type: "support.read", conversationId: conversation.id, seq: 2, by: "staff" } },
      { channels, event: { type: "support.conversation", conversationId: conversation.id } },
    ]);
  });

  it("queues nothing, and numbers nothing, when the message's transaction rolls back", async () => {
    const { user, conversation } = await shopperWithConversation(db);
    const before = (await queuedLiveEvents(db)).length;
    const failingStep = async () => {
      throw new Error("a later step of the same transaction failed");
    };
    await expect(
      sendMessage(
        { side: "SHOPPER", userId: user.id },
        { conversationId: conversation.id, id: randomUUID(), body: "Lost" },
        failingStep,
      ),
    ).rejects.toThrow("a later step");
    expect(await queuedLiveEvents(db)).toHaveLength(before);
    expect(await db.supportMessage.count({ where: { conversationId: conversation.id } })).toBe(1);
    expect((await db.supportConversation.findUniqueOrThrow({ where: { id: conversation.id } })).lastSeq).toBe(1);
  });

  it("publishes typing to the other side only", async () => {
    if (!redis) throw new Error("integration tests run with Redis");
    const { user, caller, conversation } = await shopperWithConversation(db);
    const staff = await staffCaller(db);
    const subscriber = redis.duplicate();
    try {
      await once(subscriber, "ready");
      await subscriber.subscribe(
        pubSubChannel(subscriber, liveChannels.staff),
        pubSubChannel(subscriber, liveChannels.user(user.id)),
      );
      const toStaff = once(subscriber, "message");
      await caller.support.typing({ conversationId: conversation.id });
      const [channel, message] = (await toStaff) as [string, string];
      expect(channel).toBe(pubSubChannel(subscriber, liveChannels.staff));
      expect(JSON.parse(message)).toEqual({
        id: null,
        event: { type: "support.typing", conversationId: conversation.id, from: "shopper" },
      });
      const toShopper = once(subscriber, "message");
      await staff.caller.admin.support.typing({ conversationId: conversation.id });
      const [shopperChannel, staffTyping] = (await toShopper) as [string, string];
      expect(shopperChannel).toBe(pubSubChannel(subscriber, liveChannels.user(user.id)));
      expect(JSON.parse(staffTyping).event).toMatchObject({ from: "staff" });
    } finally {
      subscriber.disconnect();
    }
  });
});
