-- CreateEnum
CREATE TYPE "SupportConversationStatus" AS ENUM ('OPEN', 'CLOSED');

-- CreateEnum
CREATE TYPE "SupportAuthor" AS ENUM ('SHOPPER', 'STAFF');

-- CreateTable
CREATE TABLE "support_conversations" (
    "id" UUID NOT NULL,
    "customerId" UUID NOT NULL,
    "orderId" UUID,
    "subject" VARCHAR(120) NOT NULL,
    "status" "SupportConversationStatus" NOT NULL DEFAULT 'OPEN',
    "assignedToId" UUID,
    "lastSeq" INTEGER NOT NULL DEFAULT 0,
    "shopperReadSeq" INTEGER NOT NULL DEFAULT 0,
    "staffReadSeq" INTEGER NOT NULL DEFAULT 0,
    "lastMessageAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "support_conversations_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "support_messages" (
    "id" UUID NOT NULL,
    "conversationId" UUID NOT NULL,
    "seq" INTEGER NOT NULL,
    "authorId" UUID NOT NULL,
    "from" "SupportAuthor" NOT NULL,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "support_messages_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "support_conversations_status_lastMessageAt_id_idx" ON "support_conversations"("status", "lastMessageAt" DESC, "id");

-- CreateIndex
CREATE INDEX "support_conversations_assignedToId_lastMessageAt_idx" ON "support_conversations"("assignedToId", "lastMessageAt" DESC);

-- CreateIndex
CREATE INDEX "support_conversations_customerId_lastMessageAt_idx" ON "support_conversations"("customerId", "lastMessageAt" DESC);

-- CreateIndex
CREATE INDEX "support_conversations_orderId_idx" ON "support_conversations"("orderId");

-- CreateIndex
CREATE INDEX "support_messages_authorId_idx" ON "support_messages"("authorId");

-- CreateIndex
CREATE UNIQUE INDEX "support_messages_conversationId_seq_key" ON "support_messages"("conversationId", "seq");

-- AddForeignKey
ALTER TABLE "support_conversations" ADD CONSTRAINT "support_conversations_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "support_conversations" ADD CONSTRAINT "support_conversations_assignedToId_fkey" FOREIGN KEY ("assignedToId") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "support_conversations" ADD CONSTRAINT "support_conversations_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "orders"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "support_messages" ADD CONSTRAINT "support_messages_conversationId_fkey" FOREIGN KEY ("conversationId") REFERENCES "support_conversations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "support_messages" ADD CONSTRAINT "support_messages_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Hand-written: the database's half of the chat rules (server/support/support.schema.ts).
-- A message is 1 to 2,000 characters (code points, as char_length counts them); messages are
-- numbered from 1; a read marker never points past the last message.
ALTER TABLE "support_messages" ADD CONSTRAINT "support_messages_body_length" CHECK (char_length("body") BETWEEN 1 AND 2000);
ALTER TABLE "support_messages" ADD CONSTRAINT "support_messages_seq_positive" CHECK ("seq" >= 1);
ALTER TABLE "support_conversations" ADD CONSTRAINT "support_conversations_read_seqs" CHECK (
  "lastSeq" >= 0 AND "shopperReadSeq" BETWEEN 0 AND "lastSeq" AND "staffReadSeq" BETWEEN 0 AND "lastSeq"
);
