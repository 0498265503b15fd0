// The three measurements of one server in bench/realtime.bench.ts: memory per idle
// subscriber, delivered events/s at saturation, delivery latency at a fixed broadcast rate.
import http from "node:http";
import { setTimeout as sleep } from "node:timers/promises";
import { SseClients } from "./realtime-clients";
import { summarize } from "./stats";

export type ServerStats = { heapUsed: number; rss: number; cpuMicros: number; gcExposed: boolean };

// Broadcasts in flight during the saturation run: enough to keep the server busy, far below
// the app's per-client queue (256), so no client is dropped for falling behind.
const SATURATION_WINDOW = 16;

export function serverStats(port: number, collect: boolean): Promise<ServerStats> {
  return new Promise((resolve, reject) => {
    http
      .get({ port, host: "127.0.0.1", path: `/stats?gc=${collect ? 1 : 0}`, agent: false }, (response) => {
        let body = "";
        response.setEncoding("utf8");
        response.on("data", (chunk: string) => (body += chunk));
        response.on("end", () => resolve(JSON.parse(body) as ServerStats));
      })
      .on("error", reject);
  });
}

export type Settings = { subscribers: number; saturateSeconds: number; rate: number; latencySeconds: number };

const progress = (step: string) => process.stderr.write(`  ${step}\n`);

export async function measureServer(port: number, settings: Settings) {
  progress("warm-up");
  // Warm-up: a few clients and a burst of events, so code paths are compiled and lazily
  // created state exists before the empty-server memory is read.
  const warm = new SseClients(port);
  await warm.open(20);
  await warm.untilAllListening();
  for (let i = 0; i < 200; i++) await warm.broadcast();
  warm.close();
  await sleep(1_000);
  const empty = await serverStats(port, true);

  progress(`opening ${settings.subscribers} streams`);
  const clients = new SseClients(port);
  await clients.open(settings.subscribers);
  await clients.untilAllListening();
  await sleep(1_000);
  const idle = await serverStats(port, true);
  const perSubscriber = (key: "heapUsed" | "rss") => (idle[key] - empty[key]) / settings.subscribers;

  progress("saturation");
  const saturation = await saturate(clients, port, settings.saturateSeconds * 1_000);
  progress("fixed rate");
  const latency = await fixedRate(clients, settings.rate, settings.latencySeconds);
  const { dropped, rejected } = clients;
  clients.close();
  return {
    heapPerSubscriber: perSubscriber("heapUsed"),
    rssPerSubscriber: perSubscriber("rss"),
    ...saturation,
    latency,
    dropped,
    rejected,
    gcExposed: idle.gcExposed,
  };
}

async function saturate(clients: SseClients, port: number, durationMs: number) {
  const before = await serverStats(port, false);
  const deliveredBefore = clients.delivered;
  const started = performance.now();
  let running = true;
  const lane = async () => {
    while (running) await clients.broadcast();
  };
  const lanes = Promise.all(Array.from({ length: SATURATION_WINDOW }, lane));
  await sleep(durationMs);
  running = false;
  const delivered = clients.delivered - deliveredBefore;
  const seconds = (performance.now() - started) / 1_000;
  const after = await serverStats(port, false);
  await lanes;
  const cpuSeconds = (after.cpuMicros - before.cpuMicros) / 1e6;
  return {
    eventsPerSecond: delivered / seconds,
    eventsPerCpuSecond: delivered / cpuSeconds,
    serverCpuShare: cpuSeconds / seconds,
  };
}

async function fixedRate(clients: SseClients, rate: number, seconds: number) {
  clients.latencies = [];
  const started = performance.now();
  const sent: Promise<boolean>[] = [];
  for (let i = 0; i < rate * seconds; i++) {
    await sleep(Math.max(0, started + (i * 1_000) / rate - performance.now()));
    sent.push(clients.broadcast());
  }
  await Promise.all(sent);
  const summary = summarize(clients.latencies);
  clients.latencies = null;
  return summary;
}
