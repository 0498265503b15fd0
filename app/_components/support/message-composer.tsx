"use client";
import { type FormEvent, type KeyboardEvent, useId, useRef, useState } from "react";
import { describeError } from "@/app/_lib/describe-error";
import { Button } from "@/app/_components/ui/button";
import { messageBodyProblem, normalizeMessageBody } from "@/server/support/support.schema";
import { messageProblemText } from "./message-problems";

// Typing signals go out at most this often while the writer keeps typing.
const TYPING_SIGNAL_INTERVAL_MS = 2_000;

type Props = {
  send: (message: { id: string; body: string }) => Promise<unknown>;
  typing: () => void;
};

// The box under a conversation. A message gets its id once, when it is first sent, and keeps it
// for retries, so a double click or a retry after a lost answer never sends it twice.
export function MessageComposer({ send, typing }: Props) {
  const [body, setBody] = useState("");
  const [sending, setSending] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const pendingId = useRef<string | null>(null);
  const lastTypingSignal = useRef(0);
  const fieldId = useId();

  async function submit(event?: FormEvent) {
    event?.preventDefault();
    if (sending) return;
    const normalized = normalizeMessageBody(body);
    const localProblem = messageBodyProblem(normalized);
    if (localProblem) return setProblem(messageProblemText[localProblem]);
    pendingId.current ??= crypto.randomUUID();
    setSending(true);
    setProblem(null);
    try {
      await send({ id: pendingId.current, body: normalized });
      pendingId.current = null;
      setBody("");
    } catch (error) {
      setProblem(
        describeError(error as Parameters<typeof describeError>[0], {
          form: messageProblemText,
          fallback: "The message was not sent. Check your connection and try again.",
        }).formError,
      );
    } finally {
      setSending(false);
    }
  }

  function change(text: string) {
    setBody(text);
    // Different text is a different message: it gets a new id when sent.
    pendingId.current = null;
    const now = Date.now();
    if (text.trim() && now - lastTypingSignal.current >= TYPING_SIGNAL_INTERVAL_MS) {
      lastTypingSignal.current = now;
      typing();
    }
  }

  function keyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    // Enter sends; Shift+Enter (and Enter while composing an accented or CJK character) is a new line.
    if (event.key !== "Enter" || event.shiftKey || event.nativeEvent.isComposing) return;
    event.preventDefault();
    void submit();
  }

  return (
    <form onSubmit={submit} className="border-t border-stone-200 p-3 sm:p-4">
      <label htmlFor={fieldId} className="sr-only">
        Your message
      </label>
      <div className="flex items-end gap-2">
        <textarea
          id={fieldId}
          value={body}
          rows={2}
          onChange={(event) => change(event.target.value)}
          onKeyDown={keyDown}
          placeholder="Write a message"
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? `${fieldId}-problem` : `${fieldId}-hint`}
          className="min-h-11 w-full resize-y rounded-xl border border-stone-300 bg-white px-3 py-2 text-base text-ink shadow-sm focus:border-brand-600 focus:outline-2 focus:outline-brand-600 sm:text-sm"
        />
        <Button type="submit" disabled={sending}>
          Send
        </Button>
      </div>
      {problem ? (
        <p id={`${fieldId}-problem`} role="alert" className="mt-2 text-sm text-red-700">
          {problem}
        </p>
      ) : (
        <p id={`${fieldId}-hint`} className="mt-2 hidden text-xs text-stone-500 sm:block">
          Enter sends · Shift+Enter starts a new line
        </p>
      )}
    </form>
  );
}
