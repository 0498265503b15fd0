// Bundles an entry point into the standalone build (.next/standalone), next to Next's own
// server.js: one file that requires only what the standalone output ships, so a container
// image runs it with the standalone folder alone (no dev dependencies, no tsx).
import { build, type BuildOptions } from "esbuild";

// Resolved at run time from the standalone node_modules, like the app's own server code:
// Next itself, the registry shared across bundles in one process (prom-client), and pino,
// whose transports load files by path. pg-native is pg's optional native binding, never installed.
const FROM_STANDALONE_NODE_MODULES = ["next", "prom-client", "pino", "pg-native"];

// ESM output for entries with top-level await or `import.meta` (the generated Prisma client):
// bundled CommonJS packages still need `require`, `__filename` and `__dirname`.
const ESM_COMMONJS_GLOBALS = [
  'import { createRequire as __createRequire } from "node:module";',
  'import { fileURLToPath as __fileURLToPath } from "node:url";',
  "const require = __createRequire(import.meta.url);",
  "const __filename = __fileURLToPath(import.meta.url);",
  'const __dirname = __filename.slice(0, __filename.lastIndexOf("/"));',
].join("\n");

export async function bundleIntoStandalone(entry: string, file: string, format: "cjs" | "esm"): Promise<void> {
  const options: BuildOptions = {
    entryPoints: [entry],
    outfile: `.next/standalone/${file}`,
    bundle: true,
    platform: "node",
    target: "node20",
    format,
    external: FROM_STANDALONE_NODE_MODULES,
    // The marker package throws outside a React Server bundle; this code is server code.
    alias: { "server-only": "./scripts/lib/server-only-stub.ts" },
    logLevel: "warning",
  };
  if (format === "esm") options.banner = { js: ESM_COMMONJS_GLOBALS };
  await build(options);
  console.log(`${entry}: .next/standalone/${file}`);
}
