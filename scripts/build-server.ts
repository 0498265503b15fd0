// Bundles the production server (server/runtime/main.ts) into the standalone build.
import { STANDALONE_ENTRIES, bundleIntoStandalone } from "./lib/standalone-bundle";

await bundleIntoStandalone("server/runtime/main.ts", STANDALONE_ENTRIES.server, "cjs");
