import "server-only";
import { cache } from "react";
import { serverCaller } from "@/app/_trpc/server";

// The hero collage and the featured row show the same products: one read per request.
export const featuredProducts = cache(async () => (await serverCaller()).product.listFeatured());
