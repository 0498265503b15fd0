// Every runtime module under server/ starts with `import "server-only"`, so a client component
// that reaches one fails the build instead of shipping server code (and its secrets' names) to
// the browser. Exempt, besides tests and *.schema.ts (browser-safe by convention): the modules
// that run where "server-only" is not a Next.js server bundle, where the marker itself throws.
// The launcher and worker bundles (scripts/lib/standalone-bundle.ts), `npm run worker`
// (tsconfig.scripts.json) and Vitest map it to a stub, so what they run carries the marker too.
import { describe, expect, it } from "vitest";
import { isClientComponent, isTestFile, reachableFrom, readSource, sourceFiles } from "../tests/support/source-graph";

const SERVER_ONLY = /^import "server-only";$/m;

// Entry points that load server/ modules outside a Next.js server bundle.
const NOT_SERVER_BUNDLES = [
  // The edge runtime.
  "middleware.ts",
  // Scripts run by plain `tsx` (npm run dev/start, db:migrate, db:migration; Playwright's server).
  "scripts/dev.ts",
  "scripts/e2e-server.ts",
  "scripts/db-migrate.ts",
  "scripts/db-new-migration.ts",
];

// What those entry points, client components and schemas load from server/, and why.
const MARKER_FREE = {
  "server/auth/cookies.ts": "middleware reads the access cookie's name",
  "server/auth/jwt.ts": "middleware verifies the access token",
  "server/edge-env.ts": "middleware's environment",
  "server/http/security-headers.ts": "middleware sets the CSP",
  "server/http/decoded-path.ts": "middleware answers a path with broken percent-encoding with the 404 page",
  "server/lib/zod.ts": "schemas build on it",
  "server/lib/zod-messages.ts": "zod.ts configures it",
  "server/http/body-limits.ts": "schemas state the upload limits",
  "server/checkout/address.ts": "the address form and the checkout schema",
  "server/checkout/address-rules.ts": "address.ts",
  "server/checkout/countries.data.ts": "address.ts",
  "server/checkout/subdivisions.data.ts": "address.ts",
  "server/checkout/postal-codes.ts": "the address form and the checkout schema",
  "server/cart/cart-limits.ts": "quantity pickers and the cart schema",
  "server/catalog/stock-status.ts": "the product page's live stock and the catalog schema",
  "server/catalog/price-text.ts": "the search page's price filter and the product schema",
  "server/prisma-factory.ts": "scripts/dev.ts and scripts/e2e-server.ts migrate and seed",
  "server/dev/mail-capture-server.ts": "scripts/dev.ts and scripts/e2e-server.ts start it",
} satisfies Record<string, string>;

const serverModules = sourceFiles("server").filter((file) => !isTestFile(file) && !file.endsWith(".schema.ts"));

function loadedOutsideServerBundles(): string[] {
  const roots = [
    ...NOT_SERVER_BUNDLES,
    ...sourceFiles("app").filter(isClientComponent),
    ...sourceFiles("server").filter((file) => file.endsWith(".schema.ts")),
  ];
  return [...reachableFrom(roots)].filter((file) => serverModules.includes(file)).sort();
}

describe("server-only markers", () => {
  it("mark every server runtime module that only a Next.js server bundle loads", () => {
    const unmarked = serverModules.filter((file) => !(file in MARKER_FREE) && !SERVER_ONLY.test(readSource(file)));
    expect(unmarked).toEqual([]);
  });

  it("are absent from the modules loaded by middleware, client components, schemas and plain scripts", () => {
    const marked = Object.keys(MARKER_FREE).filter((file) => SERVER_ONLY.test(readSource(file)));
    expect(marked).toEqual([]);
  });

  // A module newly loaded by the browser, the edge or a plain script is a decision, not an accident.
  it("are left out exactly where the exemption list says, and why", () => {
    expect(loadedOutsideServerBundles()).toEqual(Object.keys(MARKER_FREE).sort());
  });
});
