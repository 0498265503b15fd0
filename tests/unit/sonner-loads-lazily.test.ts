// sonner (~11 KB compressed) is needed only when a live event shows a toast, so no page loads it
// with itself: app/_components/live/lazy-toast.tsx loads it with `import()` on the first toast and
// every toast goes through its showToast. A static import of "sonner" anywhere in app/ (the root
// layout and the shop's live updates reach every page) would put it back into the first load.
import { describe, expect, it } from "vitest";
import { importSpecifiers, isTestFile, readSource, sourceFiles } from "../support/source-graph";

// `import("sonner")`, and `typeof import("sonner")` in a type, which loads nothing either.
const DYNAMIC_SONNER = /\bimport\(\s*["']sonner["']\s*\)/g;

function staticSonnerImports(file: string): number {
  const named = importSpecifiers(file, { types: false }).filter((specifier) => specifier === "sonner").length;
  return named - [...readSource(file).matchAll(DYNAMIC_SONNER)].length;
}

describe("sonner", () => {
  it("is loaded by no module with itself, only with import() when a toast shows", () => {
    const loadingSonner = sourceFiles("app").filter((file) => !isTestFile(file) && staticSonnerImports(file) > 0);
    expect(loadingSonner).toEqual([]);
  });
});
