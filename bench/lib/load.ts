// Load generators over keep-alive HTTP. Open loop: requests start on a fixed schedule whatever
// the server does, and latency counts from the scheduled start (no coordinated omission).
// Closed loop: N workers back to back, for the throughput ceiling.
// A target is a URL to GET, or a factory called once per request (for POSTs that each need
// their own body or buyer).
import http from "node:http";
import { summarize } from "./stats";

export type RequestSpec = { url: string; method?: string; headers?: Record<string, string>; body?: string };
export type Target = string | (() => RequestSpec);

// Idle sockets are dropped after 4 s, before the server's 5 s keep-alive timeout, so no
// request goes out on a socket the server is closing at that moment (a reset, not an answer).
const agent = new http.Agent({ keepAlive: true, maxSockets: 512, timeout: 4_000 });

// Resolves with status 0 and the error's code (ECONNRESET, ECONNREFUSED, ...) on a network
// error, never rejects.
export function send(
  spec: RequestSpec,
  via: http.Agent = agent,
): Promise<{ status: number; body: string; error?: string }> {
  return new Promise((resolve) => {
    const failed = (error: NodeJS.ErrnoException) =>
      resolve({ status: 0, body: "", error: error.code ?? error.message });
    const request = http.request(
      spec.url,
      { agent: via, method: spec.method ?? "GET", headers: spec.headers },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () =>
          resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8") }),
        );
        // A connection cut mid-response is a network error too, not an answer.
        response.on("error", failed);
      },
    );
    request.on("error", failed);
    request.end(spec.body);
  });
}

async function status(target: Target): Promise<number> {
  return (await send(typeof target === "string" ? { url: target } : target())).status;
}

export async function openLoop(target: Target, ratePerSecond: number, seconds: number) {
  const total = Math.round(ratePerSecond * seconds);
  const interval = 1000 / ratePerSecond;
  const started = performance.now();
  const latencies: number[] = [];
  let errors = 0;
  const inFlight: Promise<void>[] = [];
  for (let index = 0; index < total; index++) {
    const scheduled = started + index * interval;
    const wait = scheduled - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    inFlight.push(
      status(target).then((code) => {
        if (code !== 200) errors += 1;
        latencies.push(performance.now() - scheduled);
      }),
    );
  }
  await Promise.all(inFlight);
  return { rate: ratePerSecond, errors, ...summarize(latencies) };
}

export async function closedLoop(target: Target, concurrency: number, seconds: number) {
  const deadline = performance.now() + seconds * 1000;
  let completed = 0;
  let errors = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < deadline) {
        if ((await status(target)) === 200) completed += 1;
        else errors += 1;
      }
    }),
  );
  return { requestsPerSecond: Math.round(completed / seconds), errors };
}

// Every request started at once, each on its own connection as separate shoppers would be;
// latency of each from the common start.
export async function burst(specs: RequestSpec[]) {
  const perClient = new http.Agent({ keepAlive: false });
  const started = performance.now();
  const results = await Promise.all(
    specs.map(async (spec) => ({ ...(await send(spec, perClient)), ms: performance.now() - started })),
  );
  perClient.destroy();
  return { seconds: (performance.now() - started) / 1000, results };
}
