// README's Layout must describe the tree as git has it: every path it names exists, and every
// folder two levels deep (and every file at the top) is named, so the map cannot drift.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");

// The first code block after "## Layout"; a line starting in the first column names a path
// (`<area>` stands for one folder name, `*` for part of one, `{a,b}` for either), a line
// starting with spaces continues the description above it.
function layoutPatterns(): { text: string; pattern: RegExp }[] {
  const readme = readFileSync(path.join(root, "README.md"), "utf8");
  const section = readme.slice(readme.indexOf("\n## Layout"));
  const block = section.slice(section.indexOf("```\n") + 4, section.indexOf("\n```", section.indexOf("```\n") + 4));
  return block
    .split("\n")
    .filter((line) => /^\S/.test(line))
    .map((line) => line.split(/\s{2,}/)[0] as string)
    .map((text) => ({ text, pattern: toRegExp(text) }));
}

function toRegExp(glob: string): RegExp {
  const escaped = glob.replace(/[.+?^$()[\]\\|]/g, "\\$&");
  const source = escaped
    .replace(/<[^>]+>/g, "[^/]+")
    .replace(/\*/g, "[^/]*")
    .replace(/\{([^}]+)\}/g, (_, options: string) => `(?:${options.split(",").join("|")})`);
  return new RegExp(`^${source}$`);
}

const files = execFileSync("git", ["ls-files"], { cwd: root, encoding: "utf8" })
  .split("\n")
  .filter((file) => file && !file.startsWith("."));
const allFolders = new Set(
  files.flatMap((file) => {
    const parts = file.split("/").slice(0, -1);
    return parts.map((_, depth) => `${parts.slice(0, depth + 1).join("/")}/`);
  }),
);
const folders = [...allFolders].filter((folder) => folder.split("/").length <= 3);
const topFiles = files.filter((file) => !file.includes("/"));
const entries = [...allFolders, ...files];

describe("README Layout", () => {
  const patterns = layoutPatterns();

  it("names only paths that exist", () => {
    const missing = patterns.filter(({ pattern }) => !entries.some((entry) => pattern.test(entry)));
    expect(missing.map(({ text }) => text)).toEqual([]);
  });

  it("names every folder two levels deep and every top-level file", () => {
    const unnamed = [...folders, ...topFiles].filter((entry) => !patterns.some(({ pattern }) => pattern.test(entry)));
    expect(unnamed).toEqual([]);
  });
});
