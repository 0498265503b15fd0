// Layering rules of ARCHITECTURE.md that are about where code lives: server/lib serves every
// domain and depends on none, the environment is read in one place per runtime, and client
// components load nothing from server/ but browser-safe modules.
import { describe, expect, it } from "vitest";
import { isClientComponent, isTestFile, reachableFrom, readSource, importedFiles, sourceFiles } from "../support/source-graph";

const runtimeFiles = (dir: string) => sourceFiles(dir).filter((file) => !isTestFile(file));

describe("server/lib", () => {
  // Infrastructure lib may build on: the environment, the clients, HTTP helpers, tracing (as in
  // .dependency-cruiser.cjs). Nothing of a domain, and no email template.
  const INFRASTRUCTURE = /^server\/(lib\/|http\/|env\.ts$|edge-env\.ts$|db\.ts$|redis\.ts$|prisma-factory\.ts$|generated\/|observability\/)/;

  // Types too: a type from a domain ties lib to that domain's shape as much as a value does.
  it("imports no domain code", () => {
    const domainImports = runtimeFiles("server/lib").flatMap((file) =>
      importedFiles(file, { types: true }).filter((target) => !INFRASTRUCTURE.test(target)).map((target) => `${file} -> ${target}`),
    );
    expect(domainImports).toEqual([]);
  });
});

describe("process.env", () => {
  const ENV_MODULES = {
    "server/env.ts": "the validated server environment",
    "server/edge-env.ts": "what middleware (edge) may read",
    "server/runtime/launcher-env.ts": "the production server's launcher, which starts before the app and its env",
    "app/_lib/client-env.ts": "client components, which Next.js bundles for the browser too",
    // Next.js's documented runtime check: the literal lets the edge build drop the Node-only imports.
    "instrumentation.ts": "NEXT_RUNTIME",
  } satisfies Record<string, string>;

  it("is read only by the environment modules", () => {
    const readers = [...runtimeFiles("app"), ...runtimeFiles("server"), "middleware.ts", "instrumentation.ts"].filter(
      (file) => !(file in ENV_MODULES) && /\bprocess\.env\b/.test(readSource(file)),
    );
    expect(readers).toEqual([]);
  });
});

describe("client components", () => {
  // Browser-safe modules outside *.schema.ts that client code may load from server/.
  const BROWSER_SAFE = {
    "server/lib/zod.ts": "the app's configured zod, which forms build their schemas with",
    "server/checkout/address.ts": "countries and subdivisions for the address form",
    "server/checkout/postal-codes.ts": "postal code rules for the address form",
  } satisfies Record<string, string>;

  it("load nothing from server/ but schemas and browser-safe modules", () => {
    const clientCode = [...reachableFrom(sourceFiles("app").filter(isClientComponent))].filter((file) => file.startsWith("app/"));
    const serverImports = clientCode.flatMap((file) =>
      importedFiles(file)
        .filter((target) => target.startsWith("server/") && !target.endsWith(".schema.ts") && !(target in BROWSER_SAFE))
        .map((target) => `${file} -> ${target}`),
    );
    expect(serverImports).toEqual([]);
  });
});
