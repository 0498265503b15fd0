import type { Metadata } from "next";
import Link from "next/link";
import { buttonStyles } from "@/app/_components/ui/button";
import { getQueryClient, trpc } from "@/app/_trpc/server";
import { AdminProductFilters } from "../_components/products/product-filters";
import { AdminProductImport } from "../_components/products/product-import";
import { AdminProductTable } from "../_components/products/product-table";
import { AdminPageShell } from "../_components/shell/page-shell";
import { adminListPage } from "../_lib/admin-page";
import { prefetchList } from "../_lib/prefetch-list";
import { parseAdminProductSearch } from "../_lib/product-search";

export const metadata: Metadata = { title: "Products · Staff" };

export default adminListPage(parseAdminProductSearch, async ({ input }) => {
  // Awaited: the filters render the categories on the server and in the browser alike (a query
  // still on its way when the page streamed made the two renders differ).
  await getQueryClient().prefetchQuery(trpc.category.list.queryOptions());
  return (
    <AdminPageShell
      title="Products"
      description="Everything in the catalog, including inactive and deleted products."
      actions={
        <>
          <a href="/api/admin/products/export" download className={buttonStyles({ variant: "secondary", size: "sm" })}>
            Export CSV
          </a>
          <Link href="/admin/products/new" className={buttonStyles({ size: "sm" })}>
            New product
          </Link>
        </>
      }
      lead={
        <div className="mb-6">
          <AdminProductImport />
        </div>
      }
      toolbar={<AdminProductFilters input={input} />}
      listKey={prefetchList(trpc.admin.products.list.queryOptions(input))}
    >
      <AdminProductTable input={input} />
    </AdminPageShell>
  );
});
