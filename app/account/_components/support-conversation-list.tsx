"use client";
import Link from "next/link";
import { LoadMoreList } from "@/app/_components/load-more-list";
import { LocalTime } from "@/app/_components/local-time";
import { Badge } from "@/app/_components/ui/badge";
import { cursorPaging } from "@/app/_lib/cursor-paging";
import { useTRPC } from "@/app/_trpc/react";
import { shopperConversationsInput } from "@/app/account/_lib/support-queries";

// The shopper's conversations, the latest activity first, with what they have not read yet.
export function SupportConversationList() {
  const trpc = useTRPC();
  return (
    <LoadMoreList
      query={trpc.support.list.infiniteQueryOptions(shopperConversationsInput, cursorPaging)}
      empty={{ title: "No conversations yet", description: "Ask us anything below." }}
      loadMoreLabel="Show older conversations"
      errorMessage="Could not load more conversations. Try again."
    >
      {(conversations) => (
        <ul role="list" className="divide-y divide-stone-200 rounded-2xl border border-stone-200 bg-white">
          {conversations.map((conversation) => (
            <li key={conversation.id}>
              <Link
                href={`/account/support/${conversation.id}`}
                className="flex items-start gap-3 px-4 py-3 hover:bg-stone-50 focus-visible:outline-2 focus-visible:outline-brand-600"
              >
                <div className="min-w-0 flex-1">
                  <p
                    className={`truncate text-sm text-ink ${conversation.unread > 0 ? "font-semibold" : "font-medium"}`}
                  >
                    {conversation.subject}
                  </p>
                  <p className="truncate text-sm text-stone-600">
                    {conversation.lastMessage &&
                      `${conversation.lastMessage.from === "SHOPPER" ? "You: " : "Shop: "}${conversation.lastMessage.preview}`}
                  </p>
                  <p className="mt-0.5 text-xs text-stone-500">
                    {conversation.order && `Order ${conversation.order.number} · `}
                    <LocalTime date={conversation.lastMessageAt} />
                  </p>
                </div>
                <div className="flex shrink-0 flex-col items-end gap-1">
                  {conversation.unread > 0 && (
                    <Badge tone="brand">
                      {conversation.unread}
                      <span className="sr-only"> unread</span>
                    </Badge>
                  )}
                  {conversation.status === "CLOSED" && <Badge tone="neutral">Closed</Badge>}
                </div>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </LoadMoreList>
  );
}
