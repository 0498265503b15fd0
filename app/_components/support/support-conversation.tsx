"use client";
import { useEffect, useRef, useState } from "react";
import { useLiveEvent } from "@/app/_components/live/use-live-event";
import { LocalTime } from "@/app/_components/local-time";
import type { ConversationSummary, SupportMessage } from "@/server/support/support.schema";
import { MessageComposer } from "./message-composer";

// How long "… is typing" stays after the other side's last typing signal.
const TYPING_SHOWN_MS = 3_000;

type Side = "shopper" | "staff";

type Props = {
  // Whose view this is: their messages sit on the right, the other side's read marker says "Seen".
  side: Side;
  conversation: ConversationSummary;
  messages: SupportMessage[];
  // Shown in the typing line, e.g. "The shop" to a shopper, the customer's name to staff.
  otherSideName: string;
  // The side's own procedures (support.* or admin.support.*).
  send: (message: { id: string; body: string }) => Promise<unknown>;
  markRead: (seq: number) => void;
  typing: () => void;
};

const author = { shopper: "SHOPPER", staff: "STAFF" } as const;

// One support conversation, for a shopper and for staff alike: messages oldest first, "Seen"
// under one's last message once the other side has read it, the other side's typing, and the box.
export function SupportConversation({ side, conversation, messages, otherSideName, send, markRead, typing }: Props) {
  const mine = author[side];
  const ownReadSeq = side === "shopper" ? conversation.shopperReadSeq : conversation.staffReadSeq;
  const otherReadSeq = side === "shopper" ? conversation.staffReadSeq : conversation.shopperReadSeq;
  const lastOwn = messages.findLast((message) => message.from === mine);
  const otherTyping = useOtherSideTyping(conversation.id, side);
  const list = useRef<HTMLOListElement>(null);

  // The newest message (or the typing line) in view whenever either changes.
  const messageCount = messages.length;
  useEffect(() => {
    if (messageCount > 0 || otherTyping) list.current?.scrollTo({ top: list.current.scrollHeight });
  }, [messageCount, otherTyping]);

  useMarkReadWhileVisible(conversation.lastSeq, ownReadSeq, markRead);

  return (
    <section aria-label="Messages" className="flex flex-col rounded-2xl border border-stone-200 bg-white">
      <ol ref={list} className="max-h-[60vh] min-h-48 space-y-3 overflow-y-auto p-3 sm:p-4">
        {messages.map((message) => {
          const own = message.from === mine;
          return (
            <li key={message.id} className={`flex flex-col ${own ? "items-end" : "items-start"}`}>
              <div
                className={`max-w-[85%] rounded-2xl px-3.5 py-2 text-sm leading-6 break-words whitespace-pre-wrap sm:max-w-[70%] ${
                  own ? "bg-brand-600 text-white" : "bg-stone-100 text-ink"
                }`}
              >
                {message.body}
              </div>
              <p className="mt-1 text-xs text-stone-500">
                {own ? "You" : message.authorName} · <LocalTime date={message.createdAt} />
              </p>
              {message === lastOwn && otherReadSeq >= message.seq && (
                <p className="text-xs font-medium text-stone-600">Seen</p>
              )}
            </li>
          );
        })}
      </ol>
      <p aria-live="polite" className="min-h-6 px-4 text-sm text-stone-500 italic">
        {otherTyping ? `${otherSideName} is typing…` : ""}
      </p>
      <MessageComposer send={send} typing={typing} />
    </section>
  );
}

// True for a few seconds after the other side's last typing signal in this conversation.
function useOtherSideTyping(conversationId: string, side: Side): boolean {
  const [typing, setTyping] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useLiveEvent((event) => {
    if (!(event.type === "support.typing" || event.type === "support.message")) return;
    if (event.conversationId !== conversationId || event.from === side) return;
    clearTimeout(timer.current);
    // Their message has arrived: they are no longer typing it.
    setTyping(event.type === "support.typing");
    if (event.type === "support.typing") timer.current = setTimeout(() => setTyping(false), TYPING_SHOWN_MS);
  });
  useEffect(() => () => clearTimeout(timer.current), []);
  return typing;
}

// Messages count as read once they are on a page the viewer can see (not a background tab).
function useMarkReadWhileVisible(lastSeq: number, ownReadSeq: number, markRead: (seq: number) => void) {
  const sent = useRef(ownReadSeq);
  const latestMarkRead = useRef(markRead);
  useEffect(() => {
    latestMarkRead.current = markRead;
  });
  useEffect(() => {
    const readIfVisible = () => {
      if (document.visibilityState !== "visible" || lastSeq <= Math.max(ownReadSeq, sent.current)) return;
      sent.current = lastSeq;
      latestMarkRead.current(lastSeq);
    };
    readIfVisible();
    document.addEventListener("visibilitychange", readIfVisible);
    return () => document.removeEventListener("visibilitychange", readIfVisible);
  }, [lastSeq, ownReadSeq]);
}
