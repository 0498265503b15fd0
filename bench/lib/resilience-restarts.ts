// Scenarios 1 and 2: an instance stopped with SIGTERM while checkouts are in flight (drain), and
// both instances replaced one after the other (rolling restart), under steady traffic.
import { setTimeout as sleep } from "node:timers/promises";
import type { Cluster, InstanceName } from "./resilience-cluster";
import { againstBaseline, tally, trafficFigures } from "./resilience-report";
import { signedInShoppers, spread, underTraffic } from "./resilience-traffic";
import type { Catalog } from "./resilience-traffic";

const IN_FLIGHT_CHECKOUTS = 20;
const TIMING = { baselineSeconds: 15, afterSeconds: 10 };

type Exit = Awaited<ReturnType<Cluster["sigterm"]>>;

// What the stopped process said about its drain (server/runtime/drain.ts log lines).
function drainLog(exit: Exit) {
  const stopped = /"msg":"server stopped","ms":(\d+)/.exec(exit.log)?.[1];
  return {
    exitCode: exit.code,
    drainMs: stopped ? Number(stopped) : null,
    graceExceeded: exit.log.includes("grace period over"),
  };
}

async function replaceAndWait(cluster: Cluster, name: InstanceName) {
  const started = performance.now();
  const exit = cluster.sigterm(name);
  await cluster.startFresh(name);
  await cluster.waitServingThroughProxy(name);
  return { exit, secondsUntilReplacementServes: Math.round(performance.now() - started) / 1000 };
}

type Checkout = { status: number; orderId?: string; error?: string; doneAt: number };
const checkoutOutcome = (checkout: Checkout) =>
  checkout.error ? `connection error ${checkout.error}` : String(checkout.status);

export async function drainScenario(cluster: Cluster, catalogs: Catalog[]) {
  // Signed in on the instance about to stop, so all 20 are in flight on it (not spread by the proxy).
  const buyers = await signedInShoppers(cluster, spread(catalogs, IN_FLIGHT_CHECKOUTS), cluster.app("a").url);
  let sigtermAt = 0;
  let replaced: Awaited<ReturnType<typeof replaceAndWait>> | undefined;
  let checkouts: Checkout[] = [];
  const run = await underTraffic(cluster, catalogs, TIMING, async (mark) => {
    const placing = buyers.map(async (buyer) => {
      try {
        const result = await buyer.placeOrder();
        const orderId = (result.body?.result?.data?.json as { orderId?: string } | undefined)?.orderId;
        return { status: result.status, orderId, doneAt: performance.now() };
      } catch (error) {
        // fetch's network errors carry the code (ECONNRESET, ECONNREFUSED) as their cause.
        const code = ((error as { cause?: { code?: string } }).cause?.code ?? String(error)).slice(0, 80);
        return { status: 0, error: code, doneAt: performance.now() };
      }
    });
    // Long enough for the requests to reach the server, shorter than 20 checkouts at once take
    // (the report counts those still unanswered at SIGTERM).
    await sleep(100);
    mark("draining");
    sigtermAt = performance.now();
    replaced = await replaceAndWait(cluster, "a");
    checkouts = await Promise.all(placing);
    await replaced.exit;
  });
  const orderIds = checkouts.flatMap((checkout) => (checkout.orderId ? [checkout.orderId] : []));
  const phases = trafficFigures(run);
  return {
    scenario: "drain",
    what: `SIGTERM instance a with ${IN_FLIGHT_CHECKOUTS} checkouts in flight on it, a fresh a started at once, traffic through HAProxy`,
    trafficFailuresWhileDraining: phases.find((phase) => phase.phase === "draining")?.failures,
    trafficFailuresTotal: phases.reduce((sum, phase) => sum + phase.failures, 0),
    inFlightCheckouts: {
      sent: checkouts.length,
      stillInFlightAtSigterm: checkouts.filter((checkout) => checkout.doneAt > sigtermAt).length,
      byStatus: tally(checkouts.map(checkoutOutcome)),
      // When each kind of answer came, in ms after SIGTERM: resets at once mean connections the
      // kernel had accepted but the server had not yet taken when its listener closed.
      msAfterSigterm: Object.fromEntries(
        [...new Set(checkouts.map(checkoutOutcome))].map((outcome) => {
          const times = checkouts
            .filter((checkout) => checkoutOutcome(checkout) === outcome)
            .map((checkout) => Math.round(checkout.doneAt - sigtermAt));
          return [outcome, { first: Math.min(...times), last: Math.max(...times) }];
        }),
      ),
      answered200: orderIds.length,
      ordersInDatabase: await cluster.stack.db.order.count({ where: { id: { in: orderIds } } }),
    },
    stoppedInstance: drainLog(await replaced!.exit),
    secondsUntilReplacementServes: replaced?.secondsUntilReplacementServes,
    shoppersExhausted: run.shoppersExhausted,
    phases,
    drainingVsBefore: againstBaseline(phases, "draining"),
  };
}

export async function rollingRestartScenario(cluster: Cluster, catalogs: Catalog[]) {
  const steps: Array<{ instance: InstanceName; secondsUntilReplacementServes: number; exit: Promise<Exit> }> = [];
  const run = await underTraffic(cluster, catalogs, TIMING, async (mark) => {
    mark("rolling restart");
    for (const instance of ["a", "b"] as const) steps.push({ instance, ...(await replaceAndWait(cluster, instance)) });
  });
  const phases = trafficFigures(run);
  return {
    scenario: "rolling-restart",
    what: "SIGTERM a, fresh a, wait until HAProxy sends it shop traffic; then the same for b; traffic through HAProxy",
    failuresDuringRestart: phases.find((phase) => phase.phase === "rolling restart")?.failures,
    failuresTotal: phases.reduce((sum, phase) => sum + phase.failures, 0),
    steps: await Promise.all(
      steps.map(async (step) => ({
        instance: step.instance,
        secondsUntilReplacementServes: step.secondsUntilReplacementServes,
        stopped: drainLog(await step.exit),
      })),
    ),
    shoppersExhausted: run.shoppersExhausted,
    phases,
    restartVsBefore: againstBaseline(phases, "rolling restart"),
  };
}
