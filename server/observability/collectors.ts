// Gauges read when /api/metrics is scraped: the database pool and the job queue. Registered
// once per process (the registry is shared, server/lib/metrics.ts).
import "server-only";
import client from "prom-client";
import { db } from "../db";
import { jobQueueDepth } from "../jobs/jobs-admin.service";
import { metrics } from "../lib/metrics";
import { poolStats } from "../prisma-factory";

const globalForCollectors = globalThis as unknown as { shopfrontCollectors?: true };

export function registerCollectors(): void {
  if (globalForCollectors.shopfrontCollectors) return;
  globalForCollectors.shopfrontCollectors = true;
  const registers = [metrics.registry];
  new client.Gauge({
    name: "db_pool_connections",
    help: "PostgreSQL pool of this process: connections by state, and requests waiting for one",
    labelNames: ["state"] as const,
    registers,
    collect() {
      const stats = poolStats(db);
      if (!stats) return;
      this.set({ state: "open" }, stats.total);
      this.set({ state: "idle" }, stats.idle);
      this.set({ state: "in_use" }, stats.total - stats.idle);
      this.set({ state: "waiting" }, stats.waiting);
      this.set({ state: "max" }, stats.max);
    },
  });
  new client.Gauge({
    name: "shop_jobs",
    help: "Jobs in the queue by task and state (queued, locked = running, failed = will retry, dead = gave up)",
    labelNames: ["task", "state"] as const,
    registers,
    async collect() {
      this.reset();
      for (const row of await jobQueueDepth()) this.set({ task: row.task, state: row.state }, row.count);
    },
  });
}
