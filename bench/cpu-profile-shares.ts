// Where a bench server's CPU went: shares of the busy samples of a CPU profile written by a
// bench's --profile flag. Inclusive by package (a sample counts for each one on its stack),
// Prisma's own work split from the pg and socket work beneath it, and the top functions by
// file. BENCHMARKS.md quotes these shares. Only packages the server loads from node_modules
// (Next, Prisma, pg, pino, ioredis) are named by their path; what Turbopack bundles into the
// server's chunks (tRPC, zod, superjson, our code) shows as chunk files in the last list.
// Run: npx tsx bench/cpu-profile-shares.ts <file.cpuprofile> [top N, default 25]
import { busyStacks, type CallFrame } from "./lib/cpu-profile";

const [file, top = "25"] = process.argv.slice(2);
if (!file) {
  console.error("usage: npx tsx bench/cpu-profile-shares.ts <file.cpuprofile> [top]");
  process.exit(1);
}

const SOCKET_WRITES = new Set(["writev", "writeBuffer", "writeString", "writeUtf8String"]);
const isPrisma = (frame: CallFrame) => /@prisma\/(client\/runtime|adapter-pg)|\/generated\/prisma\//.test(frame.url);
const isPg = (frame: CallFrame) => /node_modules\/pg(-protocol|-pool)?\//.test(frame.url);
const isPgOrSocket = (frame: CallFrame) =>
  isPg(frame) ||
  /node:net|node:internal\/(stream_base_commons|net)/.test(frame.url) ||
  SOCKET_WRITES.has(frame.functionName);

const packages: Record<string, (frame: CallFrame) => boolean> = {
  "Prisma runtime": isPrisma,
  "Prisma query compiler": (frame) => /query_compiler/.test(frame.url),
  pg: isPg,
  pino: (frame) => /node_modules\/pino/.test(frame.url),
  ioredis: (frame) => /ioredis/.test(frame.url),
  "edge sandbox (middleware)": (frame) => /edge-runtime|\/server\/edge\//.test(frame.url),
  "React server rendering": (frame) => /react-dom|react-server|app-page/.test(frame.url),
  "async hooks": (frame) => /async_hooks/.test(frame.url),
  "garbage collector": (frame) => frame.functionName === "(garbage collector)",
};

const stacks = busyStacks(file);
const total = stacks.reduce((sum, { count }) => sum + count, 0);
const percent = (count: number) => `${((100 * count) / total).toFixed(1).padStart(5)}%`;

console.log(`busy samples: ${total}\n\ninclusive, by package:`);
for (const [name, matches] of Object.entries(packages)) {
  const count = stacks.filter(({ stack }) => stack.some(matches)).reduce((sum, { count }) => sum + count, 0);
  console.log(`${percent(count)}  ${name}`);
}

const split = {
  "Prisma's own work": 0,
  "pg and socket writes under Prisma": 0,
  "pg and socket writes elsewhere": 0,
  rest: 0,
};
for (const { stack, count } of stacks) {
  const underPrisma = stack.some(isPrisma);
  const inPg = stack.some(isPgOrSocket);
  if (underPrisma && inPg) split["pg and socket writes under Prisma"] += count;
  else if (underPrisma) split["Prisma's own work"] += count;
  else if (inPg) split["pg and socket writes elsewhere"] += count;
  else split.rest += count;
}
console.log("\neach sample once:");
for (const [name, count] of Object.entries(split)) console.log(`${percent(count)}  ${name}`);

const byFile = new Map<string, number>();
for (const { leaf, count } of stacks) {
  const where = (leaf.url.split("node_modules/").pop() || leaf.functionName).slice(0, 90);
  byFile.set(where, (byFile.get(where) ?? 0) + count);
}
console.log("\nrunning (self), by file:");
for (const [where, count] of [...byFile].sort((a, b) => b[1] - a[1]).slice(0, Number(top))) {
  console.log(`${percent(count)}  ${where}`);
}
