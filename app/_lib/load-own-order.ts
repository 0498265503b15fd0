// Server-side loader for pages about one of the viewer's orders: anything that is not
// their order (someone else's, a malformed id, none at all) is the 404 page.
import "server-only";
import { cache } from "react";
import { trpc } from "@/app/_trpc/server";
import { prefetchOrNotFound } from "./prefetch-or-not-found";

// Cached per request: metadata and page share one lookup.
export const loadOwnOrder = cache((id: string) => prefetchOrNotFound(trpc.order.get.queryOptions({ id })));
