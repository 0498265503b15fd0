// The table of bench/realtime.bench.ts: absolute figures per server, and ratios against raw.
import { cpus, loadavg } from "node:os";
import type { measureServer, Settings } from "./realtime-measure";

export type Row = { mode: string } & Awaited<ReturnType<typeof measureServer>>;

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const fixed = (value: number, digits = 0) => value.toFixed(digits);

export function printReport(rows: Row[], settings: Settings, pinned: boolean): void {
  const raw = rows.find((row) => row.mode === "raw");
  if (!raw) throw new Error("no raw row to compare against");
  const header = [
    "server",
    "heap/sub KB",
    "× raw",
    "RSS/sub KB",
    "× raw",
    "events/s",
    "% raw",
    "events/server-CPU-s",
    "% raw",
    `p50 ms @${settings.rate}/s`,
    "p99 ms",
    "dropped",
    "rejected broadcasts",
  ];
  const lines = rows.map((row) => [
    row.mode,
    kb(row.heapPerSubscriber),
    fixed(row.heapPerSubscriber / raw.heapPerSubscriber, 1),
    kb(row.rssPerSubscriber),
    fixed(row.rssPerSubscriber / raw.rssPerSubscriber, 1),
    fixed(row.eventsPerSecond),
    fixed((100 * row.eventsPerSecond) / raw.eventsPerSecond, 1),
    fixed(row.eventsPerCpuSecond),
    fixed((100 * row.eventsPerCpuSecond) / raw.eventsPerCpuSecond, 1),
    fixed(row.latency.p50, 1),
    fixed(row.latency.p99, 1),
    String(row.dropped),
    String(row.rejected),
  ]);
  const table = [header, header.map(() => "---"), ...lines].map((cells) => `| ${cells.join(" | ")} |`).join("\n");
  console.log(
    [
      `${settings.subscribers} subscribers; saturation ${settings.saturateSeconds} s; latency at ${settings.rate} broadcasts/s for ${settings.latencySeconds} s`,
      `${cpus().length} cores, servers ${pinned ? "pinned to core 1" : "NOT pinned (no taskset)"}; load average ${loadavg()
        .map((value) => value.toFixed(1))
        .join(" ")}`,
      table,
    ].join("\n"),
  );
  console.log(JSON.stringify({ settings, rows }, null, 1));
}
