// The chat rules both sides share: numbering and de-duplicating messages, read markers,
// typing signals. Shoppers act on their own conversations only (anything else is "not found");
// staff on any. Every change enqueues its live event in its own transaction (the outbox), so an
// event goes out if and only if the change committed.
import "server-only";
import { db, type DbTransaction } from "../db";
import { DomainError, isDomainError } from "../lib/errors";
import { liveChannels } from "../realtime/live-event.schema";
import { enqueueLiveEvent } from "../realtime/live-outbox";
import { publishEphemeral } from "../realtime/publish";
import { supportLimits } from "./support.limits";
import * as supportRepo from "./support.repo";
import {
  type MarkReadInput,
  type MessageBodyProblem,
  messageBodyProblem,
  normalizeMessageBody,
  type SendMessageInput,
  type SupportMessage,
} from "./support.schema";

export type Viewer = { side: supportRepo.Side; userId: string };

// A shopper's message row waits on another message to the same conversation for milliseconds;
// a burst of them may wait for a pooled connection a little longer than Prisma's default 2 s.
export const CHAT_TRANSACTION = { maxWait: 15_000 } as const;

const problemMessages: Record<MessageBodyProblem, string> = {
  MESSAGE_EMPTY: "Write a message first",
  MESSAGE_TOO_LONG: "This message is too long: keep it under 2,000 characters, or send it in parts",
  MESSAGE_INVALID_CHARACTERS: "Remove the invisible characters from this message",
};

export const scopeOf = (viewer: Viewer): supportRepo.Scope =>
  viewer.side === "SHOPPER" ? { customerId: viewer.userId } : {};
export const liveSide = (side: supportRepo.Side) => (side === "SHOPPER" ? "shopper" : "staff");
export const channelsOf = (customerId: string) => [liveChannels.user(customerId), liveChannels.staff];

export const conversationNotFound = () =>
  new DomainError("CONVERSATION_NOT_FOUND", "This conversation does not exist or is not yours");

export const messageIdReused = () =>
  new DomainError("MESSAGE_ID_REUSED", "This message id was already used for another message");

export function validMessageBody(raw: string): string {
  const body = normalizeMessageBody(raw);
  const problem = messageBodyProblem(body);
  if (problem) throw new DomainError(problem, problemMessages[problem]);
  return body;
}

export function toMessage(row: supportRepo.MessageRow): SupportMessage {
  return {
    id: row.id,
    seq: row.seq,
    from: row.from,
    authorName: row.author.name,
    body: row.body,
    createdAt: row.createdAt,
  };
}

export async function announceMessage(tx: DbTransaction, customerId: string, message: supportRepo.MessageRow) {
  await enqueueLiveEvent(tx, channelsOf(customerId), {
    type: "support.message",
    conversationId: message.conversationId,
    seq: message.seq,
    from: liveSide(message.from),
    preview: supportRepo.previewOf(message.body),
  });
}

export const announceConversation = (tx: DbTransaction, customerId: string, conversationId: string) =>
  enqueueLiveEvent(tx, channelsOf(customerId), { type: "support.conversation", conversationId });

type Sent = { viewer: Viewer; conversationId: string; body: string };

// A message id sent again: the same message (a retry) is answered with the stored one;
// anything else reusing the id is refused.
export async function resentMessage(messageId: string, sent: Sent, executor?: DbTransaction) {
  const earlier = await supportRepo.findMessage(messageId, executor);
  if (!earlier) return null;
  const same =
    earlier.conversationId === sent.conversationId &&
    earlier.authorId === sent.viewer.userId &&
    earlier.from === sent.viewer.side &&
    earlier.body === sent.body;
  if (!same) throw messageIdReused();
  return earlier;
}

// Runs `write` and, when it loses a race to insert the same message id (unique violation),
// answers with the message that won if it is the same one.
export async function withRetriedId<T>(write: () => Promise<T>, recover: () => Promise<T | null>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (!(isDomainError(error) && error.code === "MESSAGE_ID_REUSED")) throw error;
    const recovered = await recover();
    if (recovered === null) throw error;
    return recovered;
  }
}

type AfterSend = (
  tx: DbTransaction,
  conversation: supportRepo.LockedConversation,
  message: SupportMessage,
) => Promise<void>;

// Appends the next message (seq = last + 1, under the conversation's row lock, so concurrent
// sends get 1, 2, 3... with no gap and no repeat). `afterSend` adds the side's own effects
// (staff: audit entry, reply email) to the same transaction; a retry runs none of them.
export async function sendMessage(viewer: Viewer, input: SendMessageInput, afterSend?: AfterSend) {
  const sent: Sent = { viewer, conversationId: input.conversationId, body: validMessageBody(input.body) };
  await supportLimits.messagesByUser.consume(viewer.userId);
  const write = () =>
    db.$transaction(async (tx) => {
      const conversation = await supportRepo.lockConversation(tx, scopeOf(viewer), input.conversationId);
      if (!conversation) throw conversationNotFound();
      const earlier = await resentMessage(input.id, sent, tx);
      if (earlier) return toMessage(earlier);
      if (conversation.status === "CLOSED" && viewer.side === "STAFF")
        throw new DomainError("CONVERSATION_CLOSED", "This conversation is closed: reopen it to reply");
      const row = await supportRepo.appendMessage(tx, {
        id: input.id,
        conversationId: conversation.id,
        seq: conversation.lastSeq + 1,
        authorId: viewer.userId,
        from: viewer.side,
        body: sent.body,
      });
      await announceMessage(tx, conversation.customerId, row);
      // A shopper writing in a closed conversation reopens it.
      if (conversation.status === "CLOSED") await announceConversation(tx, conversation.customerId, conversation.id);
      const message = toMessage(row);
      await afterSend?.(tx, conversation, message);
      return message;
    }, CHAT_TRANSACTION);
  return withRetriedId(write, async () => {
    const earlier = await resentMessage(input.id, sent);
    return earlier && toMessage(earlier);
  });
}

export async function loadConversation(
  viewer: Viewer,
  input: { conversationId: string; beforeSeq?: number; limit: number },
) {
  const conversation = await supportRepo.findConversation(scopeOf(viewer), input.conversationId);
  if (!conversation) throw conversationNotFound();
  const { messages, hasOlder } = await supportRepo.listMessages(conversation.id, input.beforeSeq, input.limit);
  return {
    conversation,
    messages: messages.map(toMessage),
    olderBeforeSeq: hasOlder ? (messages[0]?.seq ?? null) : null,
  };
}

// Moves the viewer's side's read marker forward; an older seq than the marker changes nothing.
export function markRead(viewer: Viewer, input: MarkReadInput) {
  return db.$transaction(async (tx) => {
    const moved = await supportRepo.advanceReadMarker(tx, scopeOf(viewer), viewer.side, input);
    if (moved) {
      await enqueueLiveEvent(tx, channelsOf(moved.customerId), {
        type: "support.read",
        conversationId: input.conversationId,
        seq: moved.readSeq,
        by: liveSide(viewer.side),
      });
      return { conversationId: input.conversationId, readSeq: moved.readSeq };
    }
    // Already there or beyond: the marker as it is (locked, so it cannot move back meanwhile).
    const conversation = await supportRepo.lockConversation(tx, scopeOf(viewer), input.conversationId);
    if (!conversation) throw conversationNotFound();
    const readSeq = viewer.side === "SHOPPER" ? conversation.shopperReadSeq : conversation.staffReadSeq;
    return { conversationId: input.conversationId, readSeq };
  });
}

// "Typing…" for the other side: published only, never stored (a lost signal loses nothing).
export async function signalTyping(viewer: Viewer, conversationId: string): Promise<void> {
  await supportLimits.typingByUser.consume(viewer.userId);
  const conversation = await supportRepo.findConversation(scopeOf(viewer), conversationId);
  if (!conversation) throw conversationNotFound();
  const channel = viewer.side === "SHOPPER" ? liveChannels.staff : liveChannels.user(conversation.customerId);
  await publishEphemeral(channel, { type: "support.typing", conversationId, from: liveSide(viewer.side) });
}

export function unreadCount(viewer: Viewer) {
  return supportRepo.countUnread(scopeOf(viewer), viewer.side);
}
