import type { Metadata } from "next";
import { buttonStyles } from "@/app/_components/ui/button";
import { firstParams } from "@/app/_lib/search-params";
import { getQueryClient, trpc } from "@/app/_trpc/server";
import { AdminAuditFilters } from "../_components/audit/audit-filters";
import { AdminAuditTable } from "../_components/audit/audit-table";
import { AdminPageShell } from "../_components/shell/page-shell";
import { adminListPage } from "../_lib/admin-page";
import { cursorPaging } from "@/app/_lib/cursor-paging";
import { auditExportHref, parseAuditSearch } from "../_lib/audit-search";

export const metadata: Metadata = { title: "Audit log · Staff" };

export default adminListPage(parseAuditSearch, ({ input: filter, params }) => {
  void getQueryClient().prefetchInfiniteQuery(
    trpc.admin.audit.list.infiniteQueryOptions({ ...filter, limit: 50 }, cursorPaging),
  );
  const values = firstParams(params, ["actor", "action", "entityType", "entityId", "from", "to"]);
  const key = JSON.stringify(values);
  return (
    <AdminPageShell
      title="Audit log"
      description="Every staff change, with the values before and after. Entries can’t be edited or deleted."
      actions={
        <a href={auditExportHref(filter)} download className={buttonStyles({ variant: "secondary", size: "sm" })}>
          Export CSV
        </a>
      }
      toolbar={<AdminAuditFilters values={values} />}
      listKey={key}
    >
      <AdminAuditTable filter={filter} />
    </AdminPageShell>
  );
});
