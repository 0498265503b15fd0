// Bundles the production server (server/runtime/main.ts) into the standalone build, next to
// Next's own server.js: one CommonJS file that requires only what the standalone output ships.
import { build } from "esbuild";

await build({
  entryPoints: ["server/runtime/main.ts"],
  outfile: ".next/standalone/shopfront-server.cjs",
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  // Resolved at run time from the standalone node_modules, like the app's own server code.
  external: ["next", "prom-client", "pino"],
  logLevel: "warning",
});
console.log("production server: .next/standalone/shopfront-server.cjs");
