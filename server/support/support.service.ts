// The shopper's side of support chat: open a conversation (optionally about one of their
// orders), list and read their own, write, mark read, signal typing.
import "server-only";
import { staffOnline } from "../realtime/staff-presence";
import { db } from "../db";
import { decodeCursor, encodeCursor } from "../catalog/cursor";
import { DomainError } from "../lib/errors";
import {
  announceConversation,
  announceMessage,
  CHAT_TRANSACTION,
  conversationNotFound,
  loadConversation,
  markRead,
  messageIdReused,
  sendMessage,
  signalTyping,
  unreadCount,
  validMessageBody,
  type Viewer,
  withRetriedId,
} from "./support-chat";
import { supportLimits } from "./support.limits";
import * as supportRepo from "./support.repo";
import type {
  ConversationSummary,
  GetConversationInput,
  ListConversationsInput,
  MarkReadInput,
  OpenConversationInput,
  SendMessageInput,
} from "./support.schema";

type Session = { userId: string };
const shopper = (session: Session): Viewer => ({ side: "SHOPPER", userId: session.userId });

export function toSummary(row: supportRepo.ConversationRow, side: supportRepo.Side): ConversationSummary {
  const last = row.messages[0];
  const readSeq = side === "SHOPPER" ? row.shopperReadSeq : row.staffReadSeq;
  return {
    id: row.id,
    subject: row.subject,
    status: row.status,
    order: row.order,
    lastSeq: row.lastSeq,
    shopperReadSeq: row.shopperReadSeq,
    staffReadSeq: row.staffReadSeq,
    unread: row.lastSeq - readSeq,
    lastMessage: last ? { from: last.from, preview: supportRepo.previewOf(last.body) } : null,
    lastMessageAt: row.lastMessageAt,
    createdAt: row.createdAt,
  };
}

export async function listPage(
  filter: supportRepo.ConversationFilter,
  input: ListConversationsInput,
): Promise<{ rows: supportRepo.ConversationRow[]; nextCursor: string | null }> {
  const after = input.cursor ? decodeCursor(input.cursor) : undefined;
  const rows = await supportRepo.listConversations(
    filter,
    after && { lastMessageAt: after.createdAt, id: after.id },
    input.limit + 1,
  );
  const page = rows.slice(0, input.limit);
  const last = page.at(-1);
  const nextCursor =
    rows.length > input.limit && last ? encodeCursor({ createdAt: last.lastMessageAt, id: last.id }) : null;
  return { rows: page, nextCursor };
}

async function ownSummary(session: Session, conversationId: string): Promise<ConversationSummary> {
  const row = await supportRepo.findConversation({ customerId: session.userId }, conversationId);
  if (!row) throw conversationNotFound();
  return toSummary(row, "SHOPPER");
}

// Opening again with the same first message (a retry after a lost answer) answers with the
// conversation it opened; the id used for any other message is refused.
async function openedEarlier(session: Session, messageId: string, body: string): Promise<string | null> {
  const earlier = await supportRepo.findMessage(messageId);
  if (!earlier) return null;
  const sameOpening =
    earlier.seq === 1 &&
    earlier.from === "SHOPPER" &&
    earlier.authorId === session.userId &&
    earlier.conversation.customerId === session.userId &&
    earlier.body === body;
  if (!sameOpening) throw messageIdReused();
  return earlier.conversationId;
}

export async function openConversation(session: Session, input: OpenConversationInput): Promise<ConversationSummary> {
  const body = validMessageBody(input.firstMessage.body);
  await supportLimits.messagesByUser.consume(session.userId);
  const opened = await openedEarlier(session, input.firstMessage.id, body);
  if (opened) return ownSummary(session, opened);
  const conversationId = await withRetriedId(
    () =>
      db.$transaction(async (tx) => {
        const order = input.orderId ? await supportRepo.findShopperOrder(tx, session.userId, input.orderId) : null;
        if (input.orderId && !order) throw new DomainError("ORDER_NOT_FOUND", "No such order in your account");
        const subject = input.subject ?? (order ? `Order ${order.number}` : "Question for the shop");
        const { id } = await supportRepo.createConversation(tx, {
          customerId: session.userId,
          orderId: order?.id ?? null,
          subject,
        });
        const message = await supportRepo.appendMessage(tx, {
          id: input.firstMessage.id,
          conversationId: id,
          seq: 1,
          authorId: session.userId,
          from: "SHOPPER",
          body,
        });
        await announceConversation(tx, session.userId, id);
        await announceMessage(tx, session.userId, message);
        return id;
      }, CHAT_TRANSACTION),
    () => openedEarlier(session, input.firstMessage.id, body),
  );
  return ownSummary(session, conversationId);
}

export async function listConversations(session: Session, input: ListConversationsInput) {
  const { rows, nextCursor } = await listPage({ customerId: session.userId }, input);
  return { items: rows.map((row) => toSummary(row, "SHOPPER")), nextCursor };
}

export async function getConversation(session: Session, input: GetConversationInput) {
  const { conversation, ...rest } = await loadConversation(shopper(session), input);
  return { conversation: toSummary(conversation, "SHOPPER"), ...rest };
}

export const send = (session: Session, input: SendMessageInput) => sendMessage(shopper(session), input);
export const read = (session: Session, input: MarkReadInput) => markRead(shopper(session), input);
export const typing = (session: Session, conversationId: string) => signalTyping(shopper(session), conversationId);
export const unread = (session: Session) => unreadCount(shopper(session));

// Whether someone at the shop has the dashboard open right now ("We're online").
export const shopOnline = async () => ({ online: await staffOnline() });
