// zod is ~90 KB of compressed JavaScript, as much as react-dom: a shop page that loads it at first
// paint pays for it in download and main-thread time (BENCHMARKS.md, "Web performance"). Client
// code reaches it through a value imported from a *.schema.ts file (every schema of that file
// comes along); constants and helpers the browser needs live in zod-free modules instead, and a
// form that validates with a schema loads it with `import()` when it is submitted.
import { describe, expect, it } from "vitest";
import {
  importSpecifiers,
  isClientComponent,
  readSource,
  resolveSpecifier,
  sourceFiles,
} from "../support/source-graph";

// Client components of shop pages that may load zod with their page, and why.
const MAY_LOAD_ZOD = {
  "app/(shop)/checkout/_components/checkout-form.tsx":
    "checks the shipping address with the checkout schema on submit; the checkout is not a landing page (candidate for the review form's import())",
  "app/_components/support/message-composer.tsx":
    "the support chat of the account and admin pages, no shop page; its zod-free checks live in support.schema.ts",
} satisfies Record<string, string>;

// What a file loads with itself: `import()` is left out, its target is a chunk of its own that
// loads when the code runs (a form's schema, on submit).
const DYNAMIC_IMPORT = /\bimport\(\s*["']([^"']+)["']\s*\)/g;
function staticSpecifiers(file: string): string[] {
  const dynamic = new Set([...readSource(file).matchAll(DYNAMIC_IMPORT)].map((match) => match[1]));
  return importSpecifiers(file, { types: false }).filter((specifier) => !dynamic.has(specifier));
}

// The modules a client component loads with it, up to the ones allowed to bring zod.
function loadedWith(root: string): Set<string> {
  const seen = new Set<string>();
  const pending = [root];
  for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
    if (seen.has(file) || (file !== root && file in MAY_LOAD_ZOD)) continue;
    seen.add(file);
    const current = file;
    pending.push(...staticSpecifiers(current).flatMap((specifier) => resolveSpecifier(current, specifier) ?? []));
  }
  return seen;
}

const loadsZod = (file: string) => staticSpecifiers(file).includes("zod");

describe("shop pages' client components", () => {
  it("do not load zod with the page", () => {
    const shopClientComponents = [...sourceFiles("app/(shop)"), ...sourceFiles("app/_components")].filter(
      (file) => isClientComponent(file) && !(file in MAY_LOAD_ZOD),
    );
    const reachingZod = shopClientComponents.filter((file) => [...loadedWith(file)].some(loadsZod));
    expect(reachingZod).toEqual([]);
  });
});
