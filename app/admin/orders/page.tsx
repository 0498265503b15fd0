import type { Metadata } from "next";
import { firstParams } from "@/app/_lib/search-params";
import { trpc } from "@/app/_trpc/server";
import { AdminOrderFilters } from "../_components/orders/order-filters";
import { AdminOrderTable } from "../_components/orders/order-table";
import { AdminPageShell } from "../_components/shell/page-shell";
import { adminListPage } from "../_lib/admin-page";
import { prefetchList } from "../_lib/prefetch-list";
import { parseAdminOrderSearch } from "../_lib/order-search";

export const metadata: Metadata = { title: "Orders · Staff" };

export default adminListPage(parseAdminOrderSearch, ({ input, params }) => (
  <AdminPageShell
    title="Orders"
    description="Every order, newest first. Open one to move it along."
    toolbar={<AdminOrderFilters values={firstParams(params, ["status", "from", "to", "customer"])} />}
    listKey={prefetchList(trpc.admin.orders.list.queryOptions(input))}
  >
    <AdminOrderTable input={input} params={params} />
  </AdminPageShell>
));
