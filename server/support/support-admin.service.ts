// Staff's side of support chat: the inbox, answering, assignment, closing and reopening.
// Every change that staff make is written to the audit log in its own transaction; read
// markers and typing signals change nothing of the shop's and are not.
import "server-only";
import { db, type DbTransaction } from "../db";
import { recordAudit, type AdminActor } from "../audit/audit.service";
import { DomainError } from "../lib/errors";
import { enqueueJob } from "../jobs/enqueue";
import {
  announceConversation,
  conversationNotFound,
  loadConversation,
  markRead,
  sendMessage,
  signalTyping,
  unreadCount,
  type Viewer,
} from "./support-chat";
import * as supportRepo from "./support.repo";
import type {
  AssignConversationInput,
  GetConversationInput,
  MarkReadInput,
  SendMessageInput,
  StaffConversationSummary,
  SupportInboxInput,
  SupportMessage,
} from "./support.schema";
import { listPage, toSummary } from "./support.service";

// A shopper who has not read a staff answer this long after it was sent gets an email.
export const REPLY_EMAIL_DELAY_MS = 10 * 60 * 1000;

const staff = (actor: AdminActor): Viewer => ({ side: "STAFF", userId: actor.userId });

function toStaffSummary(row: supportRepo.ConversationRow): StaffConversationSummary {
  return { ...toSummary(row, "STAFF"), customer: row.customer, assignedTo: row.assignedTo };
}

export async function inbox(actor: AdminActor, input: SupportInboxInput) {
  const assignedToId = input.assignee === "me" ? actor.userId : input.assignee === "unassigned" ? null : undefined;
  const { rows, nextCursor } = await listPage(
    { ...(input.status ? { status: input.status } : {}), ...(assignedToId !== undefined ? { assignedToId } : {}) },
    input,
  );
  return { items: rows.map(toStaffSummary), nextCursor };
}

export async function getConversation(actor: AdminActor, input: GetConversationInput) {
  const { conversation, ...rest } = await loadConversation(staff(actor), input);
  return { conversation: toStaffSummary(conversation), ...rest };
}

// The answer, its audit entry and the email reminder for an unread answer commit together.
// The reminder has one job per conversation (job key): each further answer replaces the
// pending one, so several answers in a row make one email, 10 minutes after the last.
export function send(actor: AdminActor, input: SendMessageInput): Promise<SupportMessage> {
  return sendMessage(staff(actor), input, async (tx, conversation, message) => {
    await recordAudit(tx, actor, {
      action: "support.reply",
      entityType: "support_conversation",
      entityId: conversation.id,
      after: { messageId: message.id, seq: message.seq },
    });
    await enqueueJob(
      tx,
      "support-reply-email",
      { conversationId: conversation.id, seq: message.seq },
      { runAt: new Date(Date.now() + REPLY_EMAIL_DELAY_MS), jobKey: `support-reply:${conversation.id}` },
    );
  });
}

export const read = (actor: AdminActor, input: MarkReadInput) => markRead(staff(actor), input);
export const typing = (actor: AdminActor, conversationId: string) => signalTyping(staff(actor), conversationId);
export const unread = (actor: AdminActor) => unreadCount(staff(actor));

type Change = { status?: "OPEN" | "CLOSED"; assignedToId?: string | null };

// Locks the conversation, applies the change if it changes anything (clicking "close" twice,
// or two staff at once, is not an error), with its audit entry and live event.
async function changeConversation(
  actor: AdminActor,
  conversationId: string,
  action: string,
  decide: (tx: DbTransaction, conversation: supportRepo.LockedConversation) => Promise<Change>,
): Promise<StaffConversationSummary> {
  await db.$transaction(async (tx) => {
    const conversation = await supportRepo.lockConversation(tx, {}, conversationId);
    if (!conversation) throw conversationNotFound();
    const change = await decide(tx, conversation);
    const before = { status: conversation.status, assignedToId: conversation.assignedToId };
    const changed = Object.entries(change).some(([key, value]) => before[key as keyof Change] !== value);
    if (!changed) return;
    await supportRepo.updateConversation(tx, conversationId, change);
    await recordAudit(tx, actor, {
      action,
      entityType: "support_conversation",
      entityId: conversationId,
      before,
      after: { ...before, ...change },
    });
    await announceConversation(tx, conversation.customerId, conversationId);
  });
  const row = await supportRepo.findConversation({}, conversationId);
  if (!row) throw conversationNotFound();
  return toStaffSummary(row);
}

export const close = (actor: AdminActor, conversationId: string) =>
  changeConversation(actor, conversationId, "support.close", async () => ({ status: "CLOSED" }));
export const reopen = (actor: AdminActor, conversationId: string) =>
  changeConversation(actor, conversationId, "support.reopen", async () => ({ status: "OPEN" }));

export const assign = (actor: AdminActor, input: AssignConversationInput) =>
  changeConversation(actor, input.conversationId, "support.assign", async (tx) => {
    if (input.staffUserId && !(await supportRepo.findActiveStaffMember(tx, input.staffUserId)))
      throw new DomainError("STAFF_MEMBER_NOT_FOUND", "No active staff member with this id");
    return { assignedToId: input.staffUserId };
  });
