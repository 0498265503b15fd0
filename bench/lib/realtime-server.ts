// One SSE fan-out server for bench/realtime.bench.ts, run as its own process (pinned to a core
// by the bench): `raw`, `trpc` or `shopfront`, given as the first argument. Each serves
//   GET /events        one subscriber's stream (Server-Sent Events)
//   GET /broadcast?seq one event to every subscriber; answers once the server has handed it on
//   GET /stats?gc=1    process memory (after a full GC when asked) and CPU time, as JSON
// and prints `{"port":…}` on stdout when listening.
import http from "node:http";
import { benchEvent, type FanOut } from "./realtime-fan-out";
import { rawSseServer } from "./realtime-raw";
import { shopfrontHandler } from "./realtime-shopfront";
import { stockTrpcHandler } from "./realtime-trpc";

async function fanOutFor(mode: string | undefined): Promise<FanOut> {
  if (mode === "raw") return rawSseServer();
  if (mode === "trpc") return stockTrpcHandler();
  if (mode === "shopfront") return shopfrontHandler();
  throw new Error(`unknown mode ${mode}; expected raw, trpc or shopfront`);
}

function stats(collect: boolean) {
  // Twice: the first pass can leave finalizer-held objects for the second.
  if (collect) for (let pass = 0; pass < 2; pass++) globalThis.gc?.();
  const { heapUsed, rss } = process.memoryUsage();
  const { user, system } = process.cpuUsage();
  return { heapUsed, rss, cpuMicros: user + system, gcExposed: typeof globalThis.gc === "function" };
}

// The bench stops a server with SIGINT: exiting normally writes its --cpu-prof profile.
process.once("SIGINT", () => process.exit(0));
const fanOut = await fanOutFor(process.argv[2]);
const server = http.createServer((req, res) => {
  const url = new URL(req.url ?? "/", "http://bench");
  if (url.pathname === "/stats") {
    res.setHeader("content-type", "application/json");
    res.end(JSON.stringify(stats(url.searchParams.get("gc") === "1")));
    return;
  }
  if (url.pathname === "/broadcast") {
    const seq = Number(url.searchParams.get("seq"));
    Promise.resolve(fanOut.broadcast(benchEvent(seq), seq)).then(
      () => res.writeHead(204).end(),
      (error: unknown) => res.writeHead(500).end(String(error)),
    );
    return;
  }
  fanOut.handle(req, res);
});
// Idle streams must not be cut by the server's own timeouts during a run.
server.requestTimeout = 0;
server.headersTimeout = 0;
server.keepAliveTimeout = 60_000;
server.maxConnections = Number.POSITIVE_INFINITY;
server.listen(0, "127.0.0.1", () => {
  const address = server.address();
  if (address && typeof address === "object") process.stdout.write(`${JSON.stringify({ port: address.port })}\n`);
});
