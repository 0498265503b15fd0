"use client";
import { useSuspenseInfiniteQuery } from "@tanstack/react-query";
import Link from "next/link";
import { LocalTime } from "@/app/_components/local-time";
import { Badge } from "@/app/_components/ui/badge";
import { DataTable, type TableSpec } from "@/app/_components/ui/data-table";
import { cursorPaging } from "@/app/_lib/cursor-paging";
import { useTRPC } from "@/app/_trpc/react";
import { LoadOlderFooter } from "../shell/load-older-footer";
import type { StaffConversationSummary, SupportInboxInput } from "@/server/support/support.schema";

const table: TableSpec<StaffConversationSummary> = {
  caption: "Conversations",
  empty: { title: "No conversations here", hint: "Shoppers' questions appear as they write." },
  columns: [
    {
      header: "Conversation",
      cell: (conversation) => (
        <>
          <Link
            href={`/admin/support/${conversation.id}`}
            className={`text-ink hover:text-brand-700 ${conversation.unread > 0 ? "font-semibold" : "font-medium"}`}
          >
            {conversation.subject}
          </Link>
          <p className="max-w-80 truncate text-xs text-stone-500">{conversation.lastMessage?.preview}</p>
        </>
      ),
    },
    {
      header: "Customer",
      cell: (conversation) => (
        <>
          <p className="text-stone-700">{conversation.customer.name}</p>
          {conversation.order && <p className="text-xs text-stone-500">Order {conversation.order.number}</p>}
        </>
      ),
    },
    {
      header: "Unread",
      align: "right",
      cell: (conversation) =>
        conversation.unread > 0 ? (
          <Badge tone="brand">{conversation.unread}</Badge>
        ) : (
          <span className="text-stone-400">0</span>
        ),
      className: "tabular-nums",
    },
    {
      header: "Assigned to",
      cell: (conversation) => conversation.assignedTo?.name ?? "Nobody",
      className: "text-stone-700",
    },
    {
      header: "Last message",
      cell: (conversation) => <LocalTime date={conversation.lastMessageAt} />,
      className: "text-stone-600 whitespace-nowrap",
    },
  ],
};

// One view of the inbox, the latest activity first, a page of conversations at a time.
export function SupportInboxTable({ input }: { input: SupportInboxInput }) {
  const trpc = useTRPC();
  const { data, ...paging } = useSuspenseInfiniteQuery(
    trpc.admin.support.inbox.infiniteQueryOptions(input, cursorPaging),
  );
  return (
    <DataTable
      {...table}
      rows={data.pages.flatMap((page) => page.items)}
      footer={
        <LoadOlderFooter
          paging={paging}
          label="Load older conversations"
          errorMessage="Could not load more conversations. Try again."
        />
      }
    />
  );
}
