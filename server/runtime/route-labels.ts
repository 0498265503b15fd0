// Names a request by the route that serves it ("/products/[slug]", not "/products/brass-lamp"),
// from the build's own routes manifest, so metrics have one series per route, not per URL.
import "server-only";
import { readFileSync } from "node:fs";
import path from "node:path";

type ManifestRoute = { page: string; regex: string };
type RoutesManifest = { staticRoutes: ManifestRoute[]; dynamicRoutes: ManifestRoute[] };

export function routeLabeler(distDir: string): (pathname: string) => string {
  const manifest = JSON.parse(readFileSync(path.join(distDir, "routes-manifest.json"), "utf8")) as RoutesManifest;
  // Static routes win over dynamic ones, as in Next's router.
  const routes = [...manifest.staticRoutes, ...manifest.dynamicRoutes].map((route) => ({
    page: route.page,
    regex: new RegExp(route.regex),
  }));
  return (pathname) => {
    if (pathname.startsWith("/_next/")) return pathname.split("/", 3).join("/");
    return routes.find((route) => route.regex.test(pathname))?.page ?? "unmatched";
  };
}
