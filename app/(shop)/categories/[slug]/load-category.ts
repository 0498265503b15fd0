import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import { serverCaller } from "@/app/_trpc/server";
import { notFoundOr } from "@/app/_lib/trpc-errors";
import { slugSchema } from "@/server/catalog/catalog.schema";

// Shared by generateMetadata and the page: React's cache makes it one call per request.
export const loadCategory = cache(async (slug: string) => {
  if (!slugSchema.safeParse(slug).success) notFound();
  try {
    return await (await serverCaller()).category.get({ slug });
  } catch (error) {
    return notFoundOr(error);
  }
});
