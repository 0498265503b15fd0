"use client";
import { useMutation, useQueryClient, useSuspenseQuery } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { type FormEvent, useRef, useState } from "react";
import { FormAlert } from "@/app/_components/form-alert";
import { Field, FormField } from "@/app/_components/form-field";
import { SelectField } from "@/app/_components/select-field";
import { messageProblemText } from "@/app/_components/support/message-problems";
import { Button } from "@/app/_components/ui/button";
import { describeError } from "@/app/_lib/describe-error";
import { useTRPC } from "@/app/_trpc/react";
import { questionOrdersInput } from "@/app/account/_lib/support-queries";
import { SUBJECT_MAX_CHARS, messageBodyProblem, normalizeMessageBody } from "@/server/support/support.schema";

const messages = {
  form: { ...messageProblemText, ORDER_NOT_FOUND: "That order is not one of yours. Choose another." },
  fallback: "Your question was not sent. Check your connection and try again.",
};

// Starts a conversation, optionally about one of the shopper's orders.
export function SupportQuestionForm({ orderId }: { orderId: string | undefined }) {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const { data: orders } = useSuspenseQuery(trpc.order.list.queryOptions(questionOrdersInput));
  const [problem, setProblem] = useState<string | null>(null);
  // Kept across retries of the same question, so a retry never opens a second conversation.
  const firstMessageId = useRef<string | null>(null);
  const open = useMutation(
    trpc.support.open.mutationOptions({
      onSuccess: (conversation) => {
        void queryClient.invalidateQueries(trpc.support.pathFilter());
        router.push(`/account/support/${conversation.id}`);
      },
      onError: (error) => setProblem(describeError(error, messages).formError),
    }),
  );
  const orderOptions = orders.items.map((order) => ({ value: order.id, label: `Order ${order.number}` }));
  const preselected = orderOptions.some((option) => option.value === orderId) ? orderId : "";

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const body = normalizeMessageBody(String(form.get("message") ?? ""));
    const bodyProblem = messageBodyProblem(body);
    if (bodyProblem) return setProblem(messageProblemText[bodyProblem]);
    const subject = String(form.get("subject") ?? "").trim();
    const order = String(form.get("orderId") ?? "");
    firstMessageId.current ??= crypto.randomUUID();
    setProblem(null);
    open.mutate({
      ...(subject ? { subject } : {}),
      ...(order ? { orderId: order } : {}),
      firstMessage: { id: firstMessageId.current, body },
    });
  }

  return (
    <form onSubmit={submit} onChange={() => (firstMessageId.current = null)} className="space-y-4">
      {problem && <FormAlert>{problem}</FormAlert>}
      <FormField id="support-subject" name="subject" label="Subject (optional)" maxLength={SUBJECT_MAX_CHARS} />
      {orderOptions.length > 0 && (
        <SelectField
          id="support-order"
          name="orderId"
          label="About an order (optional)"
          placeholder="No order"
          options={orderOptions}
          defaultValue={preselected}
        />
      )}
      <Field
        id="support-message"
        label="Your question"
        control={(wiring) => (
          <textarea
            {...wiring}
            name="message"
            rows={4}
            required
            className="w-full rounded-xl border border-stone-300 bg-white px-3 py-2 text-base text-ink shadow-sm focus:border-brand-600 focus:outline-2 focus:outline-brand-600 sm:text-sm"
          />
        )}
      />
      <Button type="submit" disabled={open.isPending}>
        Send question
      </Button>
    </form>
  );
}
