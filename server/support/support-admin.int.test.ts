// Staff's support inbox: filters, newest activity first with paging, assignment, close and
// reopen with their audit entries; and the email a shopper gets when a staff answer has sat
// unread for 10 minutes.
import { describe, expect, it } from "vitest";
import { db } from "../db";
import { createUser } from "../../tests/factories/user.factory";
import { domainCodeOf, trpcErrorOf } from "../../tests/support/errors";
import { linkFrom, runDueJobs } from "../../tests/support/jobs";
import { answer, queuedJobs, say, shopperWithConversation, staffCaller } from "../../tests/support/support-chat";
import { REPLY_EMAIL_DELAY_MS } from "./support-admin.service";

const auditActions = (conversationId: string) =>
  db.auditLog
    .findMany({ where: { entityType: "support_conversation", entityId: conversationId }, orderBy: { id: "asc" } })
    .then((rows) => rows.map((row) => row.action));

// The reminder jobs fall due, as if 10 minutes had passed.
const tenMinutesLater = () =>
  db.$executeRaw`UPDATE graphile_worker._private_jobs SET run_at = now() WHERE run_at > now()`;

describe("inbox", () => {
  it("filters by status and assignee, newest activity first, a page at a time", async () => {
    const staff = await staffCaller(db);
    const first = await shopperWithConversation(db, "first");
    const second = await shopperWithConversation(db, "second");
    const third = await shopperWithConversation(db, "third");
    // New activity moves a conversation to the top.
    await say(first.caller, first.conversation.id, "still waiting");
    await staff.caller.admin.support.close({ conversationId: second.conversation.id });
    await staff.caller.admin.support.assign({ conversationId: third.conversation.id, staffUserId: staff.user.id });

    const ids = async (input: Parameters<typeof staff.caller.admin.support.inbox>[0]) =>
      (await staff.caller.admin.support.inbox(input)).items.map((item) => item.id);
    expect(await ids({})).toEqual([first.conversation.id, third.conversation.id, second.conversation.id]);
    expect(await ids({ status: "OPEN" })).toEqual([first.conversation.id, third.conversation.id]);
    expect(await ids({ status: "CLOSED" })).toEqual([second.conversation.id]);
    expect(await ids({ assignee: "me" })).toEqual([third.conversation.id]);
    expect(await ids({ status: "OPEN", assignee: "unassigned" })).toEqual([first.conversation.id]);

    const page1 = await staff.caller.admin.support.inbox({ limit: 2 });
    expect(page1.items.map((item) => item.id)).toEqual([first.conversation.id, third.conversation.id]);
    const page2 = await staff.caller.admin.support.inbox({ limit: 2, cursor: page1.nextCursor });
    expect(page2).toMatchObject({ items: [{ id: second.conversation.id }], nextCursor: null });
    expect(page1.items[0]).toMatchObject({
      unread: 2,
      lastMessage: { from: "SHOPPER", preview: "still waiting" },
      customer: { id: first.user.id },
      assignedTo: null,
    });
  });

  it("assigns to active staff only, and audits assignment, closing and reopening", async () => {
    const staff = await staffCaller(db);
    const colleague = await createUser(db, { role: "ADMIN", name: "Kim Colleague" });
    const { user, conversation } = await shopperWithConversation(db);
    const conversationId = conversation.id;
    const assigned = await staff.caller.admin.support.assign({ conversationId, staffUserId: colleague.id });
    expect(assigned.assignedTo).toEqual({ id: colleague.id, name: "Kim Colleague" });
    for (const notStaff of [user.id, "0192f1c4-8f5e-7d2a-9b1c-3e4f5a6b7c8d"]) {
      const error = await trpcErrorOf(staff.caller.admin.support.assign({ conversationId, staffUserId: notStaff }));
      expect(domainCodeOf(error)).toBe("STAFF_MEMBER_NOT_FOUND");
    }
    expect((await staff.caller.admin.support.assign({ conversationId, staffUserId: null })).assignedTo).toBeNull();
    expect((await staff.caller.admin.support.close({ conversationId })).status).toBe("CLOSED");
    // Closing twice (two staff at once) is not an error and changes nothing more.
    expect((await staff.caller.admin.support.close({ conversationId })).status).toBe("CLOSED");
    expect((await staff.caller.admin.support.reopen({ conversationId })).status).toBe("OPEN");
    await answer(staff.caller, conversationId, "Anything else?");
    expect(await auditActions(conversationId)).toEqual([
      "support.assign",
      "support.assign",
      "support.close",
      "support.reopen",
      "support.reply",
    ]);
    const unknown = await trpcErrorOf(
      staff.caller.admin.support.close({ conversationId: "0192f1c4-8f5e-7d2a-9b1c-3e4f5a6b7c8d" }),
    );
    expect(domainCodeOf(unknown)).toBe("CONVERSATION_NOT_FOUND");
  });
});

describe("email for an unread answer", () => {
  it("is due 10 minutes after the answer and links back to the conversation", async () => {
    const { user, conversation } = await shopperWithConversation(db);
    const staff = await staffCaller(db);
    const sentAt = Date.now();
    await answer(staff.caller, conversation.id, "Your parcel left yesterday.");
    const [job] = await queuedJobs(db, "support-reply-email");
    expect(job?.runAt.getTime()).toBeGreaterThanOrEqual(sentAt + REPLY_EMAIL_DELAY_MS);
    expect(await runDueJobs()).toEqual([]);

    await tenMinutesLater();
    const mails = await runDueJobs();
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({ to: [user.email], subject: "The shop answered your message" });
    expect(linkFrom(mails[0], "/account/support/")).toBe(`http://localhost:3000/account/support/${conversation.id}`);
  });

  it("is not sent when the shopper read the answer in time", async () => {
    const { caller, conversation } = await shopperWithConversation(db);
    const staff = await staffCaller(db);
    const reply = await answer(staff.caller, conversation.id, "Done!");
    await caller.support.markRead({ conversationId: conversation.id, seq: reply.seq });
    await tenMinutesLater();
    expect(await runDueJobs()).toEqual([]);
    expect(await queuedJobs(db, "support-reply-email")).toEqual([]);
  });

  it("is one email for several answers in a row", async () => {
    const { caller, conversation } = await shopperWithConversation(db);
    const staff = await staffCaller(db);
    await answer(staff.caller, conversation.id, "Checking…");
    await answer(staff.caller, conversation.id, "Found it.");
    // Reading the first answer only leaves the second one unread.
    await caller.support.markRead({ conversationId: conversation.id, seq: 2 });
    await answer(staff.caller, conversation.id, "It ships today.");
    expect(await queuedJobs(db, "support-reply-email")).toHaveLength(1);
    await tenMinutesLater();
    expect(await runDueJobs()).toHaveLength(1);
    expect(await runDueJobs()).toHaveLength(1);
  });
});
