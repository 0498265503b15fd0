// Bundles the production server (server/runtime/main.ts) into the standalone build.
import { bundleIntoStandalone } from "./lib/standalone-bundle";

await bundleIntoStandalone("server/runtime/main.ts", "shopfront-server.cjs", "cjs");
