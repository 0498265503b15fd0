import "server-only";
import { loadBySlug } from "@/app/(shop)/_lib/load-by-slug";

export const loadProduct = loadBySlug((caller, slug) => caller.product.get({ slug }));
