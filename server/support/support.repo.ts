// Support chat queries. A conversation is scoped by `customerId` when a shopper asks (another
// shopper's id finds nothing) and unscoped when staff ask.
import "server-only";
import { db, type DbTransaction } from "../db";
import type { DbExecutor } from "../prisma-factory";
import { Prisma, type SupportAuthor } from "../generated/prisma/client";
import { refusePrismaErrors } from "../repo-errors";

export type Side = SupportAuthor;
// The shopper's conversations only, or (staff) any.
export type Scope = { customerId: string } | { customerId?: undefined };

const readColumn = { SHOPPER: Prisma.raw(`"shopperReadSeq"`), STAFF: Prisma.raw(`"staffReadSeq"`) } as const;

const PREVIEW_CHARS = 140;

export const conversationSelect = {
  id: true,
  customerId: true,
  subject: true,
  status: true,
  lastSeq: true,
  shopperReadSeq: true,
  staffReadSeq: true,
  lastMessageAt: true,
  createdAt: true,
  assignedToId: true,
  order: { select: { id: true, number: true } },
  customer: { select: { id: true, name: true, email: true } },
  assignedTo: { select: { id: true, name: true } },
  messages: { orderBy: { seq: "desc" }, take: 1, select: { from: true, body: true } },
} satisfies Prisma.SupportConversationSelect;
export type ConversationRow = Prisma.SupportConversationGetPayload<{ select: typeof conversationSelect }>;

const messageSelect = {
  id: true,
  conversationId: true,
  seq: true,
  from: true,
  authorId: true,
  body: true,
  createdAt: true,
  author: { select: { name: true } },
} satisfies Prisma.SupportMessageSelect;
export type MessageRow = Prisma.SupportMessageGetPayload<{ select: typeof messageSelect }>;

export const previewOf = (body: string) => body.replace(/\s+/g, " ").slice(0, PREVIEW_CHARS);

export function findConversation(scope: Scope, conversationId: string) {
  return db.supportConversation.findFirst({
    where: { id: conversationId, ...(scope.customerId !== undefined ? { customerId: scope.customerId } : {}) },
    select: conversationSelect,
  });
}

// The columns the chat's rules decide on, locked until commit: messages to one conversation
// are numbered one at a time. (Scalars only: inside a transaction Prisma would load a row's
// relations with concurrent queries on the transaction's one connection.)
export type LockedConversation = {
  id: string;
  customerId: string;
  status: "OPEN" | "CLOSED";
  assignedToId: string | null;
  lastSeq: number;
  shopperReadSeq: number;
  staffReadSeq: number;
};

export async function lockConversation(
  tx: DbTransaction,
  scope: Scope,
  conversationId: string,
): Promise<LockedConversation | null> {
  const owner =
    scope.customerId !== undefined ? Prisma.sql`AND "customerId" = ${scope.customerId}::uuid` : Prisma.empty;
  const rows = await tx.$queryRaw<LockedConversation[]>`
    SELECT id::text AS id, "customerId"::text AS "customerId", status::text AS status,
           "assignedToId"::text AS "assignedToId", "lastSeq", "shopperReadSeq", "staffReadSeq"
    FROM support_conversations WHERE id = ${conversationId}::uuid ${owner} FOR UPDATE`;
  return rows[0] ?? null;
}

export function findShopperOrder(tx: DbTransaction, customerId: string, orderId: string) {
  return tx.order.findFirst({ where: { id: orderId, userId: customerId }, select: { id: true, number: true } });
}

export function createConversation(
  tx: DbTransaction,
  data: { customerId: string; orderId: string | null; subject: string },
) {
  return tx.supportConversation.create({ data, select: { id: true } });
}

export function findMessage(messageId: string, executor: DbExecutor = db) {
  return executor.supportMessage.findUnique({
    where: { id: messageId },
    select: { ...messageSelect, conversation: { select: { customerId: true } } },
  });
}

// The next message: numbered after the last, and read by its sender up to itself. A
// shopper's message reopens a closed conversation.
export async function appendMessage(
  tx: DbTransaction,
  message: { id: string; conversationId: string; seq: number; authorId: string; from: Side; body: string },
): Promise<MessageRow> {
  const created = await tx.supportMessage
    .create({ data: message, select: messageSelect })
    .catch(refusePrismaErrors({ P2002: ["MESSAGE_ID_REUSED", "This message was already sent"] }));
  await tx.supportConversation.update({
    where: { id: message.conversationId },
    data: {
      lastSeq: message.seq,
      lastMessageAt: created.createdAt,
      ...(message.from === "SHOPPER" ? { shopperReadSeq: message.seq, status: "OPEN" } : { staffReadSeq: message.seq }),
    },
    select: { id: true },
  });
  return created;
}

// Oldest first: the `limit` messages before `beforeSeq` (or the newest), plus whether older exist.
export async function listMessages(conversationId: string, beforeSeq: number | undefined, limit: number) {
  const rows = await db.supportMessage.findMany({
    where: { conversationId, ...(beforeSeq !== undefined ? { seq: { lt: beforeSeq } } : {}) },
    orderBy: { seq: "desc" },
    take: limit + 1,
    select: messageSelect,
  });
  return { messages: rows.slice(0, limit).reverse(), hasOlder: rows.length > limit };
}

// Moves one side's read marker forward to `seq` (never past the last message, never back).
// Returns the marker when it moved, null when it was already there or beyond (or no such conversation).
export async function advanceReadMarker(
  tx: DbTransaction,
  scope: Scope,
  side: Side,
  input: { conversationId: string; seq: number },
) {
  const column = readColumn[side];
  const owner =
    scope.customerId !== undefined ? Prisma.sql`AND "customerId" = ${scope.customerId}::uuid` : Prisma.empty;
  const rows = await tx.$queryRaw<{ readSeq: number; customerId: string }[]>`
    UPDATE support_conversations SET ${column} = LEAST(${input.seq}::int, "lastSeq")
    WHERE id = ${input.conversationId}::uuid ${owner} AND ${column} < LEAST(${input.seq}::int, "lastSeq")
    RETURNING ${column} AS "readSeq", "customerId"::text AS "customerId"`;
  return rows[0] ?? null;
}

export function updateConversation(
  tx: DbTransaction,
  conversationId: string,
  data: { status?: "OPEN" | "CLOSED"; assignedToId?: string | null },
) {
  return tx.supportConversation.update({ where: { id: conversationId }, data, select: { id: true } });
}

// Messages one side has not read, over the shopper's conversations or (staff) all of them.
export async function countUnread(scope: Scope, side: Side) {
  const column = readColumn[side];
  const owner =
    scope.customerId !== undefined ? Prisma.sql`WHERE "customerId" = ${scope.customerId}::uuid` : Prisma.empty;
  const [row] = await db.$queryRaw<{ conversations: number; messages: number }[]>`
    SELECT count(*) FILTER (WHERE "lastSeq" > ${column})::int AS conversations,
           coalesce(sum("lastSeq" - ${column}), 0)::int AS messages
    FROM support_conversations ${owner}`;
  return row ?? { conversations: 0, messages: 0 };
}

export function findActiveStaffMember(tx: DbTransaction, userId: string) {
  return tx.user.findFirst({ where: { id: userId, role: "ADMIN", disabledAt: null }, select: { id: true } });
}

export type ConversationFilter = {
  customerId?: string;
  status?: "OPEN" | "CLOSED";
  // A staff member's id, or null for "assigned to nobody".
  assignedToId?: string | null;
};

// Newest activity first, keyset-paged on (lastMessageAt, id).
export function listConversations(
  filter: ConversationFilter,
  after: { lastMessageAt: Date; id: string } | undefined,
  take: number,
) {
  return db.supportConversation.findMany({
    where: {
      ...(filter.customerId ? { customerId: filter.customerId } : {}),
      ...(filter.status ? { status: filter.status } : {}),
      ...(filter.assignedToId !== undefined ? { assignedToId: filter.assignedToId } : {}),
      ...(after
        ? {
            OR: [
              { lastMessageAt: { lt: after.lastMessageAt } },
              { lastMessageAt: after.lastMessageAt, id: { lt: after.id } },
            ],
          }
        : {}),
    },
    orderBy: [{ lastMessageAt: "desc" }, { id: "desc" }],
    take,
    select: conversationSelect,
  });
}

// What the unread-answer email needs, read when its job runs.
export function findForReplyEmail(tx: DbTransaction, conversationId: string) {
  return tx.supportConversation.findUnique({
    where: { id: conversationId },
    select: {
      id: true,
      subject: true,
      shopperReadSeq: true,
      customer: { select: { name: true, email: true, disabledAt: true } },
    },
  });
}
