// Server-component side of tRPC: procedures run in-process through the caller (auth and
// validation still run), and prefetched queries hydrate into client components.
import "server-only";
import { HydrationBoundary, dehydrate } from "@tanstack/react-query";
import { createTRPCOptionsProxy } from "@trpc/tanstack-react-query";
import { headers } from "next/headers";
import { cache, type ReactNode } from "react";
import { createContextFromHeaders } from "@/server/trpc/context";
import { appRouter, createCaller } from "@/server/trpc/root";
import { makeQueryClient } from "./query-client";

const createRscContext = cache(async () => createContextFromHeaders(new Headers(await headers()), null));

export const getQueryClient = cache(makeQueryClient);

export const trpc = createTRPCOptionsProxy({ ctx: createRscContext, router: appRouter, queryClient: getQueryClient });

// For server components that need the data itself (e.g. to call notFound() or set metadata).
export const serverCaller = cache(async () => createCaller(await createRscContext()));

export function HydrateClient({ children }: { children: ReactNode }) {
  return <HydrationBoundary state={dehydrate(getQueryClient())}>{children}</HydrationBoundary>;
}
