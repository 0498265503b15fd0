import "server-only";
import { loadBySlug } from "@/app/(shop)/_lib/load-by-slug";

export const loadCategory = loadBySlug((caller, slug) => caller.category.get({ slug }));
