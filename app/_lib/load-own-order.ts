// Server-side loader for pages about one of the viewer's orders: anything that is not
// their order (someone else's, a malformed id, none at all) is the 404 page.
import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getQueryClient, serverCaller, trpc } from "@/app/_trpc/server";
import { hasTRPCCode } from "./trpc-errors";

// Cached per request: metadata and page share one lookup.
export const loadOwnOrder = cache(async (id: string) => {
  const order = await (await serverCaller()).order.get({ id }).catch((error: unknown) => {
    if (hasTRPCCode(error, "NOT_FOUND", "BAD_REQUEST")) notFound();
    throw error;
  });
  getQueryClient().setQueryData(trpc.order.get.queryKey({ id }), order);
  return order;
});
