"use client";
import { useMutation, useQueryClient, useSuspenseQuery } from "@tanstack/react-query";
import Link from "next/link";
import { SupportConversation } from "@/app/_components/support/support-conversation";
import { Badge } from "@/app/_components/ui/badge";
import { useTRPC } from "@/app/_trpc/react";
import { ConversationActions } from "./conversation-actions";

// Staff's side of a conversation: the admin.support.* procedures around the shared chat, with
// who is asking, about which order, and the assignment and close controls.
export function StaffSupportConversation({ conversationId, viewerId }: { conversationId: string; viewerId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { data } = useSuspenseQuery(trpc.admin.support.get.queryOptions({ conversationId }));
  const refresh = () => void queryClient.invalidateQueries(trpc.admin.support.pathFilter());
  const send = useMutation(trpc.admin.support.send.mutationOptions({ onSuccess: refresh }));
  const markRead = useMutation(trpc.admin.support.markRead.mutationOptions({ onSuccess: refresh }));
  const typing = useMutation(trpc.admin.support.typing.mutationOptions());
  const { conversation, messages } = data;
  const link = "font-medium text-brand-700 hover:text-brand-600";

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div className="min-w-0">
          <h1 className="flex flex-wrap items-center gap-3 text-2xl font-semibold tracking-tight text-ink">
            {conversation.subject}
            <Badge tone={conversation.status === "OPEN" ? "success" : "neutral"}>
              {conversation.status === "OPEN" ? "Open" : "Closed"}
            </Badge>
          </h1>
          <p className="mt-1 text-sm text-stone-600">
            <Link href={`/admin/customers/${conversation.customer.id}`} className={link}>
              {conversation.customer.name}
            </Link>{" "}
            ({conversation.customer.email})
            {conversation.order && (
              <>
                {" · "}
                <Link href={`/admin/orders/${conversation.order.id}`} className={link}>
                  Order {conversation.order.number}
                </Link>
              </>
            )}
            {" · "}Assigned to {conversation.assignedTo?.name ?? "nobody"}
          </p>
        </div>
        <ConversationActions conversation={conversation} viewerId={viewerId} />
      </div>
      <SupportConversation
        side="staff"
        conversation={conversation}
        messages={messages}
        otherSideName={conversation.customer.name}
        send={(message) => send.mutateAsync({ conversationId, ...message })}
        markRead={(seq) => markRead.mutate({ conversationId, seq })}
        typing={() => typing.mutate({ conversationId })}
      />
    </div>
  );
}
