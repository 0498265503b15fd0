import type { Metadata } from "next";
import { firstParams } from "@/app/_lib/search-params";
import { trpc } from "@/app/_trpc/server";
import { AdminCustomerFilters } from "../_components/customers/customer-filters";
import { AdminCustomerTable } from "../_components/customers/customer-table";
import { AdminPageShell } from "../_components/shell/page-shell";
import { adminListPage } from "../_lib/admin-page";
import { prefetchList } from "../_lib/prefetch-list";
import { parseCustomerSearch } from "../_lib/customer-search";

export const metadata: Metadata = { title: "Customers · Staff" };

export default adminListPage(parseCustomerSearch, ({ input, params }) => (
  <AdminPageShell
    title="Customers"
    description="Shopper and staff accounts."
    toolbar={<AdminCustomerFilters values={firstParams(params, ["q", "role", "status"])} />}
    listKey={prefetchList(trpc.admin.customers.list.queryOptions(input))}
  >
    <AdminCustomerTable input={input} params={params} />
  </AdminPageShell>
));
