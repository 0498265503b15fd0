// Support chat rules, through the procedures against real PostgreSQL and Redis: messages are
// numbered in order with no gaps under concurrency, a resent message is never duplicated,
// read markers only move forward, bodies are plain text within bounds, and senders are rate-limited.
import { randomUUID } from "node:crypto";
import type { ZodError } from "../lib/zod";
import { describe, expect, it } from "vitest";
import { db } from "../db";
import { domainCodeOf, trpcErrorOf } from "../../tests/support/errors";
import { answer, say, shopperWithConversation, staffCaller } from "../../tests/support/support-chat";
import { MESSAGES_PER_MINUTE } from "./support.limits";

const messageRows = (conversationId: string) =>
  db.supportMessage.findMany({ where: { conversationId }, orderBy: { seq: "asc" }, select: { id: true, seq: true } });

describe("message order", () => {
  it("numbers concurrent messages 1, 2, 3... with no gap and no repeat", async () => {
    const { caller, conversation } = await shopperWithConversation(db);
    // The opening message is 1; these are the rest of one minute's allowance, all at once.
    const sent = await Promise.all(
      Array.from({ length: MESSAGES_PER_MINUTE - 1 }, (_, index) => say(caller, conversation.id, `message ${index}`)),
    );
    const expected = Array.from({ length: MESSAGES_PER_MINUTE }, (_, index) => index + 1);
    expect([1, ...sent.map((message) => message.seq)].sort((a, b) => a - b)).toEqual(expected);
    expect((await messageRows(conversation.id)).map((row) => row.seq)).toEqual(expected);
    const { conversation: after, messages } = await caller.support.get({ conversationId: conversation.id });
    expect(after.lastSeq).toBe(MESSAGES_PER_MINUTE);
    expect(messages.map((message) => message.seq)).toEqual(expected);
  });

  it("pages back through older messages by seq, oldest first within a page", async () => {
    const { caller, conversation } = await shopperWithConversation(db, "one");
    for (const body of ["two", "three", "four", "five"]) await say(caller, conversation.id, body);
    const newest = await caller.support.get({ conversationId: conversation.id, limit: 2 });
    expect(newest.messages.map((message) => message.body)).toEqual(["four", "five"]);
    expect(newest.olderBeforeSeq).toBe(4);
    const older = await caller.support.get({ conversationId: conversation.id, limit: 2, beforeSeq: 4 });
    expect(older.messages.map((message) => message.body)).toEqual(["two", "three"]);
    const oldest = await caller.support.get({ conversationId: conversation.id, limit: 2, beforeSeq: 2 });
    expect(oldest.messages.map((message) => message.body)).toEqual(["one"]);
    expect(oldest.olderBeforeSeq).toBeNull();
  });
});

describe("duplicates", () => {
  it("answers a resent message id with the stored message: no second row, no new seq", async () => {
    const { caller, conversation } = await shopperWithConversation(db);
    const id = randomUUID();
    const first = await say(caller, conversation.id, "Is it in stock?", id);
    const again = await say(caller, conversation.id, "Is it in stock?", id);
    expect(again).toEqual(first);
    const racing = await Promise.all([1, 2, 3].map(() => say(caller, conversation.id, "Is it in stock?", id)));
    expect(racing.every((message) => message.seq === first.seq)).toBe(true);
    expect(await messageRows(conversation.id)).toHaveLength(2);
    expect((await caller.support.get({ conversationId: conversation.id })).conversation.lastSeq).toBe(2);
  });

  it("opens one conversation when the opening is sent twice", async () => {
    const { caller } = await shopperWithConversation(db);
    const firstMessage = { id: randomUUID(), body: "A question" };
    const [a, b] = await Promise.all([caller.support.open({ firstMessage }), caller.support.open({ firstMessage })]);
    expect(a.id).toBe(b.id);
    expect((await caller.support.open({ firstMessage })).id).toBe(a.id);
    expect((await caller.support.list({})).items).toHaveLength(2);
  });

  it("refuses a message id already used for a different message", async () => {
    const { caller, conversation } = await shopperWithConversation(db);
    const id = randomUUID();
    await say(caller, conversation.id, "first", id);
    const error = await trpcErrorOf(say(caller, conversation.id, "something else", id));
    expect(error.code).toBe("UNPROCESSABLE_CONTENT");
    expect(domainCodeOf(error)).toBe("MESSAGE_ID_REUSED");
    const other = await shopperWithConversation(db);
    expect(domainCodeOf(await trpcErrorOf(say(other.caller, other.conversation.id, "first", id)))).toBe(
      "MESSAGE_ID_REUSED",
    );
  });
});

describe("read receipts", () => {
  it("counts each side's unread messages and moves read markers forward only", async () => {
    const { caller, conversation } = await shopperWithConversation(db);
    const staff = await staffCaller(db);
    expect(await staff.caller.admin.support.unreadCount()).toEqual({ conversations: 1, messages: 1 });
    await answer(staff.caller, conversation.id, "Let me check.");
    await answer(staff.caller, conversation.id, "It left yesterday.");
    // Answering reads everything up to the answer.
    expect(await staff.caller.admin.support.unreadCount()).toEqual({ conversations: 0, messages: 0 });
    expect(await caller.support.unreadCount()).toEqual({ conversations: 1, messages: 2 });
    expect((await caller.support.list({})).items[0]?.unread).toBe(2);

    expect(await caller.support.markRead({ conversationId: conversation.id, seq: 2 })).toEqual({
      conversationId: conversation.id,
      readSeq: 2,
    });
    expect(await caller.support.unreadCount()).toEqual({ conversations: 1, messages: 1 });
    // An older seq (another tab, a late request) does not move the marker back.
    expect((await caller.support.markRead({ conversationId: conversation.id, seq: 1 })).readSeq).toBe(2);
    // Past the last message: up to the last message.
    expect((await caller.support.markRead({ conversationId: conversation.id, seq: 99 })).readSeq).toBe(3);
    expect(await caller.support.unreadCount()).toEqual({ conversations: 0, messages: 0 });

    // "Seen": staff see the shopper's marker on the conversation, and the shopper staff's.
    const seen = await staff.caller.admin.support.get({ conversationId: conversation.id });
    expect(seen.conversation).toMatchObject({ shopperReadSeq: 3, staffReadSeq: 3, unread: 0 });
    await say(caller, conversation.id, "Thanks!");
    expect((await staff.caller.admin.support.inbox({})).items[0]?.unread).toBe(1);
    await staff.caller.admin.support.markRead({ conversationId: conversation.id, seq: 4 });
    expect((await caller.support.get({ conversationId: conversation.id })).conversation.staffReadSeq).toBe(4);
  });
});

describe("message bodies", () => {
  it("keeps HTML as the text it is, verbatim", async () => {
    const { caller, conversation } = await shopperWithConversation(db);
    const html = `<script>alert("x")</script><b onclick='steal()'>bold</b> &amp; <img src=x onerror=alert(1)>`;
    const sent = await say(caller, conversation.id, html);
    expect(sent.body).toBe(html);
    const { messages } = await caller.support.get({ conversationId: conversation.id });
    expect(messages.at(-1)?.body).toBe(html);
  });

  it("trims, keeps newlines and tabs, and writes line breaks as \\n", async () => {
    const { caller, conversation } = await shopperWithConversation(db);
    expect((await say(caller, conversation.id, "  \r\nline one\r\n\tline two\rthree \n ")).body).toBe(
      "line one\n\tline two\nthree",
    );
  });

  it("takes 2,000 characters (an emoji is one) and refuses more, empty, control or reordering characters", async () => {
    const { caller, conversation } = await shopperWithConversation(db);
    expect((await say(caller, conversation.id, "😀".repeat(2_000))).body).toHaveLength(4_000);
    // Right-to-left text with its marks, and an emoji joined with ZWJ, are ordinary messages.
    const everyday = "שלום\u200F 123 👨\u200D👩\u200D👧";
    expect((await say(caller, conversation.id, everyday)).body).toBe(everyday);
    const refusals = [
      ["x".repeat(2_001), "MESSAGE_TOO_LONG"],
      ["   \n\t ", "MESSAGE_EMPTY"],
      ["ring the \u0007 bell", "MESSAGE_INVALID_CHARACTERS"],
      ["escape \u001b[2J", "MESSAGE_INVALID_CHARACTERS"],
    ] as const;
    for (const [body, code] of refusals) {
      const error = await trpcErrorOf(say(caller, conversation.id, body));
      expect(error.code).toBe("BAD_REQUEST");
      expect(domainCodeOf(error)).toBe(code);
    }
    // Characters that reorder how the rest reads are refused by the input schema, as in every
    // free-text field (storableText).
    for (const body of ["order SF-\u202E9ZXK2", "refund \u2067$5\u2069 please"]) {
      const error = await trpcErrorOf(say(caller, conversation.id, body));
      expect(error.code).toBe("BAD_REQUEST");
      expect((error.cause as ZodError).issues.map((issue) => issue.path.join("."))).toEqual(["body"]);
    }
    const opening = await trpcErrorOf(caller.support.open({ firstMessage: { id: randomUUID(), body: " " } }));
    expect(domainCodeOf(opening)).toBe("MESSAGE_EMPTY");
    expect(await messageRows(conversation.id)).toHaveLength(3);
  });
});

describe("rate limit", () => {
  it("refuses a sender's messages past the minute's allowance", async () => {
    const { caller, conversation } = await shopperWithConversation(db);
    for (let sent = 1; sent < MESSAGES_PER_MINUTE; sent++) await say(caller, conversation.id, `message ${sent}`);
    const error = await trpcErrorOf(say(caller, conversation.id, "one too many"));
    expect(error.code).toBe("TOO_MANY_REQUESTS");
    expect(domainCodeOf(error)).toBe("RATE_LIMITED");
    // Another shopper is not held back by this one.
    const other = await shopperWithConversation(db);
    await expect(say(other.caller, other.conversation.id, "hello")).resolves.toMatchObject({ seq: 2 });
  });
});

describe("closed conversations", () => {
  it("reopen when the shopper writes; staff reopen before they answer", async () => {
    const { caller, conversation } = await shopperWithConversation(db);
    const staff = await staffCaller(db);
    await staff.caller.admin.support.close({ conversationId: conversation.id });
    const error = await trpcErrorOf(answer(staff.caller, conversation.id, "One more thing"));
    expect(error.code).toBe("CONFLICT");
    expect(domainCodeOf(error)).toBe("CONVERSATION_CLOSED");
    await say(caller, conversation.id, "Actually, one more question");
    expect((await caller.support.get({ conversationId: conversation.id })).conversation.status).toBe("OPEN");
    await expect(answer(staff.caller, conversation.id, "Sure")).resolves.toMatchObject({ seq: 3 });
  });
});
