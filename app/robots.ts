import type { MetadataRoute } from "next";
import { env } from "@/server/env";

// Per request, so the sitemap's address follows APP_URL at run time, not at build time.
export const dynamic = "force-dynamic";

export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: "*", allow: "/", disallow: ["/admin", "/account", "/checkout", "/api", "/dev"] },
    sitemap: new URL("/sitemap.xml", env.APP_URL).toString(),
  };
}
