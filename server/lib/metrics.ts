// Prometheus metrics of this process (prom-client). The registry lives on globalThis: Next.js
// loads modules once per bundle and the production server (server/runtime) is another bundle,
// and all of them must count into one registry. Scraped at /api/metrics.
import "server-only";
import client, { type Counter } from "prom-client";
import { isDomainError } from "./errors";

const DURATION_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

function createMetrics() {
  const registry = new client.Registry();
  client.collectDefaultMetrics({ register: registry });
  const registers = [registry];
  return {
    registry,
    httpRequestDuration: new client.Histogram({
      name: "http_request_duration_seconds",
      help: "HTTP requests by route pattern, method and status, as the production server answered them",
      labelNames: ["method", "route", "status"] as const,
      buckets: DURATION_BUCKETS,
      registers,
    }),
    procedureDuration: new client.Histogram({
      name: "trpc_procedure_duration_seconds",
      help: "tRPC procedure calls by procedure, type and outcome (ok or the domain/tRPC error code)",
      labelNames: ["procedure", "type", "outcome"] as const,
      buckets: DURATION_BUCKETS,
      registers,
    }),
    ordersPlaced: new client.Counter({
      name: "shop_orders_placed_total",
      help: "Orders placed at checkout",
      registers,
    }),
    checkoutConflicts: new client.Counter({
      name: "shop_checkout_conflicts_total",
      help: "Checkouts refused for a reason the shopper can act on, by code (OUT_OF_STOCK, CHECKOUT_IN_PROGRESS, ...)",
      labelNames: ["code"] as const,
      registers,
    }),
    signInFailures: new client.Counter({
      name: "shop_sign_in_failures_total",
      help: "Refused sign-ins by code (INVALID_CREDENTIALS, RATE_LIMITED, ...)",
      labelNames: ["code"] as const,
      registers,
    }),
    webhookRejections: new client.Counter({
      name: "shop_payment_webhook_rejections_total",
      help: "Payment webhook deliveries refused, by reason",
      labelNames: ["reason"] as const,
      registers,
    }),
    pageCacheRequests: new client.Counter({
      name: "shop_page_cache_requests_total",
      help: "Anonymous product page views by how they were served: hit (from the page cache) or miss (rendered and kept)",
      labelNames: ["result"] as const,
      registers,
    }),
    cspViolations: new client.Counter({
      name: "shop_csp_violations_total",
      help: "CSP violation reports received, by directive",
      labelNames: ["directive"] as const,
      registers,
    }),
  };
}

export type Metrics = ReturnType<typeof createMetrics>;
const globalForMetrics = globalThis as unknown as { shopfrontMetrics?: Metrics };
globalForMetrics.shopfrontMetrics ??= createMetrics();
export const metrics: Metrics = globalForMetrics.shopfrontMetrics;

// Runs a use case and counts its refusals (DomainErrors) by code before letting them through.
export async function countingRefusals<T>(counter: Counter<"code">, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isDomainError(error)) counter.inc({ code: error.code });
    throw error;
  }
}
