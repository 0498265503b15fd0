import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import { notFoundOr } from "@/app/_lib/trpc-errors";
import { serverCaller } from "@/app/_trpc/server";
import { slugSchema } from "@/server/catalog/catalog.schema";

type Caller = Awaited<ReturnType<typeof serverCaller>>;

// A loader for a page about one thing named by its slug (a product, a category): a malformed or
// unknown slug is the 404 page. Shared by generateMetadata and the page: React's cache makes it
// one call per request.
export function loadBySlug<T>(get: (caller: Caller, slug: string) => Promise<T>) {
  return cache(async (slug: string): Promise<T> => {
    if (!slugSchema.safeParse(slug).success) notFound();
    return get(await serverCaller(), slug).catch(notFoundOr);
  });
}
