"use client";
import { useMutation, useQuery, useQueryClient, useSuspenseQuery } from "@tanstack/react-query";
import Link from "next/link";
import { SupportConversation } from "@/app/_components/support/support-conversation";
import { useTRPC } from "@/app/_trpc/react";

// The shopper's side of a conversation: their support.* procedures around the shared chat.
export function ShopperSupportConversation({ conversationId }: { conversationId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { data } = useSuspenseQuery(trpc.support.get.queryOptions({ conversationId }));
  const refresh = () => void queryClient.invalidateQueries(trpc.support.pathFilter());
  const send = useMutation(trpc.support.send.mutationOptions({ onSuccess: refresh }));
  const markRead = useMutation(trpc.support.markRead.mutationOptions({ onSuccess: refresh }));
  const typing = useMutation(trpc.support.typing.mutationOptions());
  // Staff presence: someone has the dashboard open now. Read after load and every half minute.
  const { data: presence } = useQuery(trpc.support.shopOnline.queryOptions(undefined, { refetchInterval: 30_000 }));
  const { conversation, messages } = data;
  const availability = presence?.online ? "We’re online now" : "We usually answer within a day";

  return (
    <div className="space-y-4">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight text-ink sm:text-3xl">{conversation.subject}</h1>
        <p className="mt-1 text-sm text-stone-600">
          {conversation.order && (
            <>
              About{" "}
              <Link href={`/account/orders/${conversation.order.id}`} className="font-medium text-brand-700">
                order {conversation.order.number}
              </Link>
              {" · "}
            </>
          )}
          {conversation.status === "CLOSED" ? "Closed: writing again reopens it" : availability}
        </p>
      </div>
      <SupportConversation
        side="shopper"
        conversation={conversation}
        messages={messages}
        otherSideName="The shop"
        send={(message) => send.mutateAsync({ conversationId, ...message })}
        markRead={(seq) => markRead.mutate({ conversationId, seq })}
        typing={() => typing.mutate({ conversationId })}
      />
    </div>
  );
}
