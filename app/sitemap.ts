import type { MetadataRoute } from "next";
import { listSitemapEntries } from "@/server/catalog/sitemap.service";

// Read per request: the catalog lives in the database, which the build cannot reach, and a
// product deactivated by staff must drop out without a rebuild.
export const dynamic = "force-dynamic";

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  return listSitemapEntries();
}
