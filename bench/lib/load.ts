// Load generators over keep-alive HTTP. Open loop: requests start on a fixed schedule whatever
// the server does, and latency counts from the scheduled start (no coordinated omission).
// Closed loop: N workers back to back, for the throughput ceiling.
import http from "node:http";
import { summarize } from "./stats";

const agent = new http.Agent({ keepAlive: true, maxSockets: 512 });

function get(url: string): Promise<number> {
  return new Promise((resolve) => {
    const request = http.get(url, { agent }, (response) => {
      response.resume();
      response.on("end", () => resolve(response.statusCode ?? 0));
    });
    request.on("error", () => resolve(0));
  });
}

export async function openLoop(url: string, ratePerSecond: number, seconds: number) {
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
      get(url).then((status) => {
        if (status !== 200) errors += 1;
        latencies.push(performance.now() - scheduled);
      }),
    );
  }
  await Promise.all(inFlight);
  return { rate: ratePerSecond, errors, ...summarize(latencies) };
}

export async function closedLoop(url: string, concurrency: number, seconds: number) {
  const deadline = performance.now() + seconds * 1000;
  let completed = 0;
  let errors = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < deadline) {
        if ((await get(url)) === 200) completed += 1;
        else errors += 1;
      }
    }),
  );
  return { requestsPerSecond: Math.round(completed / seconds), errors };
}
