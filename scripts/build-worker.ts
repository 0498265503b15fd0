// Bundles the job worker (scripts/worker.ts, `npm run worker` in development) into the
// standalone build, so production (the container image, PM2) runs
// `node .next/standalone/shopfront-worker.mjs` without tsx or dev dependencies. ESM: the
// worker awaits at the top level and the generated Prisma client reads `import.meta.url`.
import { bundleIntoStandalone } from "./lib/standalone-bundle";

await bundleIntoStandalone("scripts/worker.ts", "shopfront-worker.mjs", "esm");
