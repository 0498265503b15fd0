// The shopper's support chat: their own conversations only (another's id is NOT_FOUND).
import "server-only";
import { z } from "../lib/zod";
import { createTRPCRouter, customerProcedure } from "../trpc/init";
import {
  conversationDetailSchema,
  conversationIdInput,
  conversationPageSchema,
  conversationSummarySchema,
  getConversationInput,
  listConversationsInput,
  markReadInput,
  openConversationInput,
  readMarkerSchema,
  sendMessageInput,
  shopOnlineSchema,
  supportMessageSchema,
  unreadCountSchema,
} from "./support.schema";
import * as support from "./support.service";

export const supportRouter = createTRPCRouter({
  open: customerProcedure
    .input(openConversationInput)
    .output(conversationSummarySchema)
    .mutation(({ ctx, input }) => support.openConversation(ctx.session, input)),
  list: customerProcedure
    .input(listConversationsInput)
    .output(conversationPageSchema)
    .query(({ ctx, input }) => support.listConversations(ctx.session, input)),
  get: customerProcedure
    .input(getConversationInput)
    .output(conversationDetailSchema)
    .query(({ ctx, input }) => support.getConversation(ctx.session, input)),
  send: customerProcedure
    .input(sendMessageInput)
    .output(supportMessageSchema)
    .mutation(({ ctx, input }) => support.send(ctx.session, input)),
  markRead: customerProcedure
    .input(markReadInput)
    .output(readMarkerSchema)
    .mutation(({ ctx, input }) => support.read(ctx.session, input)),
  typing: customerProcedure
    .input(conversationIdInput)
    .output(z.void())
    .mutation(({ ctx, input }) => support.typing(ctx.session, input.conversationId)),
  unreadCount: customerProcedure.output(unreadCountSchema).query(({ ctx }) => support.unread(ctx.session)),
  shopOnline: customerProcedure.output(shopOnlineSchema).query(() => support.shopOnline()),
});
