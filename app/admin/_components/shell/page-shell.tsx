import { Fragment, Suspense, type ReactNode } from "react";
import { Skeleton } from "@/app/_components/ui/skeleton";
import { HydrateClient } from "@/app/_trpc/server";
import { AdminPageHeader } from "./page-header";

type Props = {
  title: string;
  description: string;
  actions?: ReactNode;
  // Above the toolbar, kept as it is across searches (e.g. an import in progress).
  lead?: ReactNode;
  // Above the content and outside its Suspense, e.g. the filters.
  toolbar?: ReactNode;
  // Changes with the filters (prefetchList's key): the content then suspends again (its
  // skeleton, not stale rows), and the toolbar and actions start again from the new URL.
  listKey?: string;
  fallback?: ReactNode;
  children: ReactNode;
};

// A dashboard page that lists or summarises: the title row, a toolbar, and the content, which
// streams in with a skeleton while the query the page prefetched is still on its way.
export function AdminPageShell({
  title,
  description,
  actions,
  lead,
  toolbar,
  listKey,
  fallback = <Skeleton className="h-96 w-full rounded-2xl" />,
  children,
}: Props) {
  return (
    <HydrateClient>
      <AdminPageHeader
        title={title}
        description={description}
        actions={actions && <Fragment key={`actions:${listKey}`}>{actions}</Fragment>}
      />
      {lead}
      <Fragment key={`toolbar:${listKey}`}>{toolbar}</Fragment>
      <Suspense key={listKey} fallback={fallback}>
        {children}
      </Suspense>
    </HydrateClient>
  );
}
