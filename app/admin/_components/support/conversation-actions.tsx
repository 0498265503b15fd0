"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { FormAlert } from "@/app/_components/form-alert";
import { Button } from "@/app/_components/ui/button";
import { describeError } from "@/app/_lib/describe-error";
import { useTRPC } from "@/app/_trpc/react";
import type { StaffConversationSummary } from "@/server/support/support.schema";

const messages = { fallback: "That did not work. Please try again." };

// Assignment and closing of one conversation.
export function ConversationActions({
  conversation,
  viewerId,
}: {
  conversation: StaffConversationSummary;
  viewerId: string;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const options = { onSuccess: () => void queryClient.invalidateQueries(trpc.admin.support.pathFilter()) };
  const assign = useMutation(trpc.admin.support.assign.mutationOptions(options));
  const close = useMutation(trpc.admin.support.close.mutationOptions(options));
  const reopen = useMutation(trpc.admin.support.reopen.mutationOptions(options));
  const pending = assign.isPending || close.isPending || reopen.isPending;
  const { formError } = describeError(assign.error ?? close.error ?? reopen.error, messages);
  const conversationId = conversation.id;
  const mine = conversation.assignedTo?.id === viewerId;

  return (
    <div className="space-y-2">
      <div className="flex flex-wrap gap-2">
        <Button
          variant="secondary"
          size="sm"
          disabled={pending}
          onClick={() => assign.mutate({ conversationId, staffUserId: mine ? null : viewerId })}
        >
          {mine ? "Unassign" : "Assign to me"}
        </Button>
        {conversation.status === "OPEN" ? (
          <Button variant="secondary" size="sm" disabled={pending} onClick={() => close.mutate({ conversationId })}>
            Close
          </Button>
        ) : (
          <Button variant="secondary" size="sm" disabled={pending} onClick={() => reopen.mutate({ conversationId })}>
            Reopen
          </Button>
        )}
      </div>
      {formError && <FormAlert>{formError}</FormAlert>}
    </div>
  );
}
