// Import boundaries: ARCHITECTURE.md's layering as rules (docs/decisions). `npm test` runs
// `depcruise` over app/, server/, emails/ and middleware.ts; a violation fails the build.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "lib-depends-on-no-domain",
      comment:
        "server/lib is infrastructure: it may use the other infrastructure (database and Redis clients, env, http, tracing), never a domain.",
      severity: "error",
      from: { path: "^server/lib/" },
      to: {
        path: "^server/",
        pathNot: [
          "^server/(lib|http|observability|generated)/",
          "^server/(env|edge-env|db|redis|prisma-factory|pool-transaction)\\.ts$",
        ],
      },
    },
    {
      name: "prisma-client-only-in-repos",
      comment:
        "Prisma's generated client is imported by repos and the database modules only; services get types from repos.",
      severity: "error",
      from: {
        path: "^server/",
        pathNot: [
          "\\.repo\\.ts$",
          "^server/(db|prisma-factory|pool-transaction)\\.ts$",
          "^server/lib/prisma-errors\\.ts$",
          "^server/generated/",
          "\\.test\\.ts$",
        ],
      },
      to: { path: "^server/generated/prisma/|node_modules/@prisma/client/" },
    },
    {
      name: "repo-of-another-domain",
      comment: "A domain reaches another domain through that domain's service, never its repo.",
      severity: "error",
      from: { path: "^server/([^/]+)/", pathNot: "\\.test\\.ts$" },
      to: { path: "^server/[^/]+/.+\\.repo\\.ts$", pathNot: "^server/$1/" },
    },
    {
      name: "repo-calls-up",
      comment: "Repos sit below services and routers.",
      severity: "error",
      from: { path: "\\.repo\\.ts$" },
      to: { path: "\\.(service|router)\\.ts$" },
    },
    {
      name: "router-skips-service",
      comment: "A router validates, calls one service and shapes the output; queries live in repos.",
      severity: "error",
      from: { path: "\\.router\\.ts$" },
      to: { path: "\\.repo\\.ts$|^server/db\\.ts$" },
    },
    {
      name: "schema-not-browser-safe",
      comment: "Schemas are imported by the browser: nothing below one may be a server-only module.",
      severity: "error",
      from: { path: "\\.schema\\.ts$" },
      to: { path: "node_modules/server-only/", reachable: true },
    },
    {
      name: "server-imports-app",
      comment: "The server never depends on the UI.",
      severity: "error",
      from: { path: "^server/", pathNot: "\\.test\\.ts$" },
      to: { path: "^app/" },
    },
    {
      name: "page-reaches-past-trpc",
      comment:
        "Pages and components call procedures (app/_trpc); only route handlers and the RSC caller reach services.",
      severity: "error",
      from: {
        path: "^app/",
        pathNot: ["^app/api/", "/route\\.ts$", "^app/_trpc/server\\.tsx$", "^app/(sitemap|robots)\\.ts$"],
      },
      to: { path: "\\.(service|repo)\\.ts$|^server/(db|redis)\\.ts$" },
    },
    {
      name: "middleware-not-edge-safe",
      comment: "middleware.ts runs on the edge runtime: no Prisma, ioredis or Node built-ins anywhere below it.",
      severity: "error",
      from: { path: "^middleware\\.ts$" },
      to: {
        path: "^server/(db|redis)\\.ts$|ioredis|@prisma|^node:|^(fs|path|crypto|net|http|https)$",
        reachable: true,
      },
    },
    {
      name: "image-component-off-pages",
      comment:
        "next/image's <Image> is a client component (5.5 KB on every page showing one); images render through app/_components/optimized-image.tsx, which uses its getImageProps.",
      severity: "error",
      from: { pathNot: "^app/_components/optimized-image\\.tsx$" },
      to: { path: "node_modules/next/(image|dist/client/image-component)" },
    },
    {
      name: "no-barrel-files",
      comment: "Import the module that owns the thing, not an index that re-exports it.",
      severity: "error",
      from: {},
      to: { path: "^(app|server|emails)/.*index\\.tsx?$" },
    },
    {
      name: "no-circular",
      comment: "Cycles make initialisation order matter and layers meaningless.",
      severity: "error",
      from: { path: "^(app|server|emails)/" },
      to: { circular: true },
    },
  ],
  options: {
    // Generated Prisma code stays in the graph (so importing it can be caught) but is not walked.
    doNotFollow: { path: ["node_modules", "^server/generated/"] },
    exclude: { path: "^\\.next/" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: { exportsFields: ["exports"], conditionNames: ["import", "require", "node", "default"] },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
