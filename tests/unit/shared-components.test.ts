// app/_components and app/_lib hold only what several areas share; UI or helpers used by one
// area live beside its routes (app/admin/_components/<area>/, app/(shop)/<route>/_components/,
// app/account/_components/). Use counts through other modules: a component only an admin
// component imports is admin's; a type counts as a use.
import { describe, expect, it } from "vitest";
import { isTestFile, reachableFrom, sourceFiles } from "../support/source-graph";

// The root layout and error pages frame every area, so what they load is shared by all.
const AREAS: Record<string, (file: string) => boolean> = {
  root: (file) => /^app\/[^/]+\.tsx?$/.test(file),
  shop: (file) => file.startsWith("app/(shop)/"),
  account: (file) => file.startsWith("app/account/"),
  admin: (file) => file.startsWith("app/admin/"),
  dev: (file) => file.startsWith("app/dev/"),
  api: (file) => file.startsWith("app/api/") || file.startsWith("app/media/"),
};

const appFiles = sourceFiles("app").filter((file) => !isTestFile(file));
const isShared = (file: string) => /^app\/_(components|lib)\//.test(file) && !file.startsWith("app/_components/ui/");

describe("shared UI folders", () => {
  it("hold nothing that only one area uses", () => {
    const usersOf = new Map<string, Set<string>>();
    for (const [area, inArea] of Object.entries(AREAS)) {
      for (const file of reachableFrom(appFiles.filter(inArea), { types: true })) {
        if (isShared(file)) usersOf.set(file, (usersOf.get(file) ?? new Set()).add(area));
      }
    }
    const singleArea = appFiles
      .filter(isShared)
      .map((file) => ({ file, areas: [...(usersOf.get(file) ?? [])] }))
      .filter(({ areas }) => areas.length < 2 && !areas.includes("root"))
      .map(({ file, areas }) => `${file}: ${areas.join(", ") || "unused"}`);
    expect(singleArea).toEqual([]);
  });
});
