// Scenarios 3 to 5: PostgreSQL stopped, Redis stopped, Redis frozen (SIGSTOP), each for 20 s
// under steady traffic through HAProxy, then brought back.
import { setTimeout as sleep } from "node:timers/promises";
import type { Cluster } from "./resilience-cluster";
import { ordersLost, trackedCheckouts } from "./resilience-checkouts";
import { againstBaseline, trafficFigures } from "./resilience-report";
import { completedAt, underTraffic } from "./resilience-traffic";
import type { Catalog } from "./resilience-traffic";
import type { Sample } from "./shop-traffic";

const OUTAGE_SECONDS = 20;
const TIMING = { baselineSeconds: 15, afterSeconds: 20 };

const isCheckoutSuccess = (sample: Sample) => sample.kind === "checkout.placeOrder" && sample.status === 200;
const seconds = (ms: number) => Math.round(ms) / 1000;

export async function postgresRestartScenario(cluster: Cluster, catalogs: Catalog[]) {
  const scenarioStart = new Date();
  const tracked = await trackedCheckouts(cluster, catalogs);
  const times = { stopCalled: 0, stopped: 0, back: 0 };
  const run = await underTraffic(cluster, catalogs, TIMING, async (mark) => {
    mark("postgres down");
    times.stopCalled = performance.now();
    await cluster.stack.stopPostgres();
    times.stopped = performance.now();
    await sleep(OUTAGE_SECONDS * 1000);
    await cluster.stack.startPostgres();
    times.back = performance.now();
  });
  const { checkouts, skippedTurns } = await tracked.stop();
  const phases = trafficFigures(run);
  const allSamples = [...run.samples, ...checkouts];
  const firstCheckoutAfterBack = Math.min(
    ...allSamples.filter((sample) => isCheckoutSuccess(sample) && completedAt(sample) > times.back).map(completedAt),
  );
  // Orders of the untracked traffic, by count: its checkouts answered 200 against the orders made since the start.
  const trackedOrderIds = checkouts.flatMap((checkout) => (checkout.orderId ? [checkout.orderId] : []));
  const trafficOrders = await cluster.stack.db.order.count({
    where: { createdAt: { gte: scenarioStart }, id: { notIn: trackedOrderIds } },
  });
  return {
    scenario: "postgres-restart",
    what: `PostgreSQL stopped for ${OUTAGE_SECONDS} s, then started again; traffic through HAProxy plus tracked checkouts`,
    answers500: allSamples.filter((sample) => sample.status === 500).length,
    answers503: allSamples.filter((sample) => sample.status === 503).length,
    secondsToStopPostgres: seconds(times.stopped - times.stopCalled),
    secondsFromPostgresBackToFirstCheckout: seconds(firstCheckoutAfterBack - times.back),
    trackedCheckouts: { ...(await ordersLost(cluster, checkouts)), sent: checkouts.length, skippedTurns },
    trafficCheckouts: { answered200: run.samples.filter(isCheckoutSuccess).length, ordersInDatabase: trafficOrders },
    shoppersExhausted: run.shoppersExhausted,
    phases,
    outageVsBefore: againstBaseline(phases, "postgres down"),
    afterVsBefore: againstBaseline(phases, "after"),
  };
}

async function redisScenario(cluster: Cluster, catalogs: Catalog[], kind: "down" | "frozen") {
  const phase = `redis ${kind}`;
  const run = await underTraffic(cluster, catalogs, TIMING, async (mark) => {
    mark(phase);
    if (kind === "down") await cluster.stack.stopRedis();
    else cluster.stack.freezeRedis();
    await sleep(OUTAGE_SECONDS * 1000);
    if (kind === "down") await cluster.stack.startRedis();
    else cluster.stack.thawRedis();
  });
  const phases = trafficFigures(run);
  return {
    scenario: `redis-${kind}`,
    what: `Redis ${kind === "down" ? "stopped" : "frozen with SIGSTOP (socket open, no answers)"} for ${OUTAGE_SECONDS} s; traffic through HAProxy`,
    shoppersExhausted: run.shoppersExhausted,
    phases,
    outageVsBefore: againstBaseline(phases, phase),
    afterVsBefore: againstBaseline(phases, "after"),
  };
}

export const redisDownScenario = (cluster: Cluster, catalogs: Catalog[]) => redisScenario(cluster, catalogs, "down");
export const redisFrozenScenario = (cluster: Cluster, catalogs: Catalog[]) =>
  redisScenario(cluster, catalogs, "frozen");
