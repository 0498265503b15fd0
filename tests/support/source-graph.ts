// The repository's own source read as text, for tests of where code lives and what it may
// import (server-only markers, process.env, layering). Imports are found by pattern, not by a
// TypeScript parser: enough for this codebase, whose imports are `import`/`export ... from`
// statements, side-effect imports and `import("...")` with literal specifiers.
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

export const repoRoot = path.resolve(import.meta.dirname, "../..");

export const readSource = (file: string) => readFileSync(path.join(repoRoot, file), "utf8");

const SKIPPED_DIRECTORIES = new Set(["node_modules", "generated", ".next", ".data"]);

// Every .ts/.tsx file under `dir` (repository-relative, forward slashes), generated code excluded.
export function sourceFiles(dir: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(path.join(repoRoot, dir), { withFileTypes: true })) {
    const relative = `${dir}/${entry.name}`;
    if (entry.isDirectory()) {
      if (!SKIPPED_DIRECTORIES.has(entry.name)) found.push(...sourceFiles(relative));
    } else if (/\.tsx?$/.test(entry.name) && !entry.name.endsWith(".d.ts")) {
      found.push(relative);
    }
  }
  return found.sort();
}

export const isTestFile = (file: string) => /\.(test|spec)\.tsx?$/.test(file);
export const isClientComponent = (file: string) => /^\s*["']use client["']/.test(readSource(file));

const IMPORT_PATTERN =
  /^\s*(?:import|export)\s+(type\s+)?[^;]*?\sfrom\s+["']([^"']+)["']|^\s*import\s+["']([^"']+)["']|\bimport\(\s*["']([^"']+)["']\s*\)/gm;

// The specifiers a file names; with `types: false` only those it loads at run time
// (`import type` and `export type` are erased).
export function importSpecifiers(file: string, options: { types: boolean }): string[] {
  const specifiers: string[] = [];
  for (const match of readSource(file).matchAll(IMPORT_PATTERN)) {
    if (match[1] && !options.types) continue;
    const specifier = match[2] ?? match[3] ?? match[4];
    if (specifier) specifiers.push(specifier);
  }
  return specifiers;
}

// A specifier as the repository file it names, or null for a package.
export function resolveSpecifier(from: string, specifier: string): string | null {
  let base: string;
  if (specifier.startsWith("@/")) base = specifier.slice(2);
  else if (specifier.startsWith(".")) base = path.posix.join(path.posix.dirname(from), specifier);
  else return null;
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`]) {
    const absolute = path.join(repoRoot, candidate);
    if (existsSync(absolute) && statSync(absolute).isFile()) return candidate;
  }
  throw new Error(`${from}: cannot resolve "${specifier}"`);
}

// The repository files a file imports (its dependencies on packages left out).
export function importedFiles(file: string, options: { types: boolean } = { types: false }): string[] {
  return importSpecifiers(file, options).flatMap((specifier) => resolveSpecifier(file, specifier) ?? []);
}

// Every repository file loaded, directly or not, by running `roots` (or, with types, named by them).
export function reachableFrom(roots: string[], options: { types: boolean } = { types: false }): Set<string> {
  const seen = new Set<string>();
  const pending = [...roots];
  for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
    if (seen.has(file)) continue;
    seen.add(file);
    pending.push(...importedFiles(file, options));
  }
  return seen;
}
