import { Suspense, type ReactNode } from "react";
import { Skeleton } from "@/app/_components/ui/skeleton";
import { HydrateClient } from "@/app/_trpc/server";
import { AdminPageHeader } from "./page-header";

type Props = {
  title: string;
  description: string;
  actions?: ReactNode;
  // Above the content and outside its Suspense, e.g. the filters.
  toolbar?: ReactNode;
  // Changes with the filters: the content then suspends again (its skeleton, not stale rows).
  contentKey?: string;
  fallback?: ReactNode;
  children: ReactNode;
};

// A dashboard page that lists or summarises: the title row, a toolbar, and the content, which
// streams in with a skeleton while the query the page prefetched is still on its way.
export function AdminPageShell({
  title,
  description,
  actions,
  toolbar,
  contentKey,
  fallback = <Skeleton className="h-96 w-full rounded-2xl" />,
  children,
}: Props) {
  return (
    <HydrateClient>
      <AdminPageHeader title={title} description={description} actions={actions} />
      {toolbar}
      <Suspense key={contentKey} fallback={fallback}>
        {children}
      </Suspense>
    </HydrateClient>
  );
}
