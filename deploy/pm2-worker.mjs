// The job worker's entry under PM2 (ecosystem.config.cjs), started with `node --import tsx`.
// Given a .ts script, PM2 7 on Node 20 tries to register ts-node itself and logs an error
// when it is missing; a .mjs entry keeps the TypeScript loading to tsx alone.
await import("../scripts/worker.ts");
