// Staff's support inbox: admin.support.<verb>.
import "server-only";
import { z } from "../lib/zod";
import { adminProcedure, createTRPCRouter } from "../trpc/init";
import {
  assignConversationInput,
  conversationIdInput,
  getConversationInput,
  markReadInput,
  readMarkerSchema,
  sendMessageInput,
  staffConversationDetailSchema,
  staffConversationPageSchema,
  staffConversationSummarySchema,
  supportInboxInput,
  supportMessageSchema,
  unreadCountSchema,
} from "./support.schema";
import * as supportAdmin from "./support-admin.service";

export const supportAdminRouter = createTRPCRouter({
  inbox: adminProcedure
    .input(supportInboxInput)
    .output(staffConversationPageSchema)
    .query(({ ctx, input }) => supportAdmin.inbox(ctx.actor, input)),
  get: adminProcedure
    .input(getConversationInput)
    .output(staffConversationDetailSchema)
    .query(({ ctx, input }) => supportAdmin.getConversation(ctx.actor, input)),
  unreadCount: adminProcedure.output(unreadCountSchema).query(({ ctx }) => supportAdmin.unread(ctx.actor)),
  send: adminProcedure
    .input(sendMessageInput)
    .output(supportMessageSchema)
    .mutation(({ ctx, input }) => supportAdmin.send(ctx.actor, input)),
  markRead: adminProcedure
    .input(markReadInput)
    .output(readMarkerSchema)
    .mutation(({ ctx, input }) => supportAdmin.read(ctx.actor, input)),
  typing: adminProcedure
    .input(conversationIdInput)
    .output(z.void())
    .mutation(({ ctx, input }) => supportAdmin.typing(ctx.actor, input.conversationId)),
  assign: adminProcedure
    .input(assignConversationInput)
    .output(staffConversationSummarySchema)
    .mutation(({ ctx, input }) => supportAdmin.assign(ctx.actor, input)),
  close: adminProcedure
    .input(conversationIdInput)
    .output(staffConversationSummarySchema)
    .mutation(({ ctx, input }) => supportAdmin.close(ctx.actor, input.conversationId)),
  reopen: adminProcedure
    .input(conversationIdInput)
    .output(staffConversationSummarySchema)
    .mutation(({ ctx, input }) => supportAdmin.reopen(ctx.actor, input.conversationId)),
});
