// Server-side loader for pages about one of the viewer's orders: anything that is not
// their order (someone else's, a malformed id, none at all) is the 404 page.
import "server-only";
import { cache } from "react";
import { getQueryClient, serverCaller, trpc } from "@/app/_trpc/server";
import { notFoundOr } from "./trpc-errors";

// Cached per request: metadata and page share one lookup.
export const loadOwnOrder = cache(async (id: string) => {
  const order = await (await serverCaller()).order.get({ id }).catch(notFoundOr);
  getQueryClient().setQueryData(trpc.order.get.queryKey({ id }), order);
  return order;
});
