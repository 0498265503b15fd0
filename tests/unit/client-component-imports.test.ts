// Client components load nothing from server/ but browser-safe modules. The other import
// boundaries are dependency-cruiser rules (.dependency-cruiser.cjs); this one needs to know which
// files start with "use client", which dependency-cruiser cannot see.
import { describe, expect, it } from "vitest";
import { importedFiles, isClientComponent, reachableFrom, sourceFiles } from "../support/source-graph";

describe("client components", () => {
  // Browser-safe modules outside *.schema.ts that client code may load from server/.
  const BROWSER_SAFE = {
    "server/lib/zod.ts": "the app's configured zod, which forms build their schemas with",
    "server/checkout/address.ts": "countries and subdivisions for the address form",
    "server/checkout/postal-codes.ts": "postal code rules for the address form",
    // Zod-free, so the shop pages that use them do not load zod (tests/unit/shop-pages-without-zod.test.ts).
    "server/cart/cart-limits.ts": "the most of one product a cart line holds, for quantity pickers",
    "server/catalog/stock-status.ts": "a live stock count as the status shoppers see",
    "server/catalog/price-text.ts": "prices written as people type them, for the search page's price filter",
  } satisfies Record<string, string>;

  it("load nothing from server/ but schemas and browser-safe modules", () => {
    const clientCode = [...reachableFrom(sourceFiles("app").filter(isClientComponent))].filter((file) =>
      file.startsWith("app/"),
    );
    const serverImports = clientCode.flatMap((file) =>
      importedFiles(file)
        .filter((target) => target.startsWith("server/") && !target.endsWith(".schema.ts") && !(target in BROWSER_SAFE))
        .map((target) => `${file} -> ${target}`),
    );
    expect(serverImports).toEqual([]);
  });
});
