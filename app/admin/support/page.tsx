import type { Metadata } from "next";
import { cursorPaging } from "@/app/_lib/cursor-paging";
import { getQueryClient, trpc } from "@/app/_trpc/server";
import { SupportInboxFilters } from "../_components/support/inbox-filters";
import { SupportInboxTable } from "../_components/support/inbox-table";
import { AdminPageShell } from "../_components/shell/page-shell";
import { adminListPage } from "../_lib/admin-page";
import { parseSupportSearch } from "../_lib/support-search";

export const metadata: Metadata = { title: "Support · Staff" };

export default adminListPage(parseSupportSearch, ({ input: { filter, input } }) => {
  const inbox = trpc.admin.support.inbox.infiniteQueryOptions(input, cursorPaging);
  void getQueryClient().prefetchInfiniteQuery(inbox);
  return (
    <AdminPageShell
      title="Support"
      description="Shoppers' questions, the latest activity first."
      toolbar={<SupportInboxFilters current={filter} />}
      listKey={JSON.stringify(inbox.queryKey)}
    >
      <SupportInboxTable input={input} />
    </AdminPageShell>
  );
});
