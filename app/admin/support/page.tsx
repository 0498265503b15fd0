import type { Metadata } from "next";
import { trpc } from "@/app/_trpc/server";
import { SupportInboxFilters } from "../_components/support/inbox-filters";
import { SupportInboxTable } from "../_components/support/inbox-table";
import { AdminPageShell } from "../_components/shell/page-shell";
import { adminListPage } from "../_lib/admin-page";
import { prefetchList } from "../_lib/prefetch-list";
import { parseSupportSearch } from "../_lib/support-search";

export const metadata: Metadata = { title: "Support · Staff" };

export default adminListPage(parseSupportSearch, ({ input: { filter, input } }) => (
  <AdminPageShell
    title="Support"
    description="Shoppers' questions, the latest activity first."
    toolbar={<SupportInboxFilters current={filter} />}
    listKey={prefetchList(trpc.admin.support.inbox.queryOptions(input))}
  >
    <SupportInboxTable input={input} />
  </AdminPageShell>
));
