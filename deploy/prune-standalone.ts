// Run by the Dockerfile's build stage: removes from the standalone build's node_modules
// every package that is one of the project's devDependencies and that no installed
// production package depends on. Next's file tracer copies TypeScript in (cosmiconfig, which
// graphile-worker uses to look for an optional config file, would load it for a .ts config;
// the image has none), and @trpc/* name it only as a peer, for their types. Sharp stays: it
// is a devDependency here, and also Next's own optional dependency for image optimization.
import { existsSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

type Manifest = { dependencies?: Record<string, string>; devDependencies?: Record<string, string> };
type LockEntry = {
  dev?: boolean;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
};
type Lock = { packages: Record<string, LockEntry> };

// Package names to remove, from package.json and package-lock.json (lockfileVersion 3).
export function devOnlyPackages(manifest: Manifest, lock: Lock): string[] {
  const neededAtRunTime = new Set(Object.keys(manifest.dependencies ?? {}));
  for (const [location, entry] of Object.entries(lock.packages)) {
    if (location === "" || entry.dev) continue;
    for (const name of Object.keys({ ...entry.dependencies, ...entry.optionalDependencies })) neededAtRunTime.add(name);
  }
  return Object.keys(manifest.devDependencies ?? {}).filter((name) => !neededAtRunTime.has(name));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [root = ".", standalone = ".next/standalone"] = process.argv.slice(2);
  const read = (file: string): unknown => JSON.parse(readFileSync(path.join(root, file), "utf8"));
  for (const name of devOnlyPackages(read("package.json") as Manifest, read("package-lock.json") as Lock)) {
    const directory = path.join(standalone, "node_modules", name);
    if (!existsSync(directory)) continue;
    rmSync(directory, { recursive: true });
    console.log(`removed dev-only ${name} from ${standalone}`);
  }
}
