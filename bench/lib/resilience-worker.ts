// Scenario 6: the job worker killed with SIGKILL while it sends order confirmations (a slow
// mail provider holds each send), a new worker started at once. Baseline: the same number of
// confirmations sent by a worker left alone. Orders are paid by signed webhooks through the
// proxy, as the payment provider pays them; each payment queues one "send-email" job.
import { randomUUID } from "node:crypto";
import { signWebhook } from "../../server/payments/standard-webhooks";
import { OPS_WEBHOOK_SECRET, waitFor } from "../../tests/ops/support/ops-stack";
import type { Cluster } from "./resilience-cluster";
import { trafficFigures } from "./resilience-report";
import { signedInShoppers, spread, underTraffic } from "./resilience-traffic";
import type { Catalog } from "./resilience-traffic";

const ORDERS = 24;
const SEND_MS = 1_000;
const CONCURRENCY = 4;
const WORKER = [{ WORKER_CONCURRENCY: String(CONCURRENCY) }, { bundled: true }] as const;

// As checkout.placeOrder answers it.
type Order = { orderId: string; number: string };

async function placedOrders(cluster: Cluster, catalogs: Catalog[]): Promise<Order[]> {
  const buyers = await signedInShoppers(cluster, spread(catalogs, ORDERS));
  const placed = await Promise.all(buyers.map((buyer) => buyer.placeOrder()));
  return placed.map((result) => {
    const order = result.body?.result?.data?.json as Order | undefined;
    if (result.status !== 200 || !order)
      throw new Error(`checkout failed: ${result.status} ${JSON.stringify(result.body)}`);
    return order;
  });
}

async function pay(cluster: Cluster, order: Order): Promise<void> {
  const { totalCents, currency } = await cluster.stack.db.order.findUniqueOrThrow({
    where: { id: order.orderId },
    select: { totalCents: true, currency: true },
  });
  const id = `evt_bench_${randomUUID()}`;
  const timestamp = Math.floor(Date.now() / 1000);
  const body = JSON.stringify({
    type: "payment.succeeded",
    data: { paymentId: `pay_bench_${randomUUID()}`, orderId: order.orderId, amountCents: totalCents, currency },
  });
  const signature = signWebhook({ id, timestamp, body, secret: OPS_WEBHOOK_SECRET });
  const response = await fetch(`${cluster.url}/api/webhooks/payments`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "webhook-id": id,
      "webhook-timestamp": String(timestamp),
      "webhook-signature": signature,
    },
    body,
  });
  if (!response.ok) throw new Error(`payment webhook answered ${response.status}: ${await response.text()}`);
}

// Confirmations captured per order: each must arrive exactly once.
function confirmations(cluster: Cluster, orders: Order[]) {
  const counts = orders.map(
    (order) =>
      cluster.stack.mail.emails.filter((email) => email.subject === `Order ${order.number} is confirmed`).length,
  );
  return {
    sent: counts.filter((count) => count > 0).length,
    duplicates: counts.reduce((sum, count) => sum + Math.max(0, count - 1), 0),
  };
}

// The confirmation jobs still queued (every order also queues its unpaid-release job for later).
async function emailJobs(cluster: Cluster): Promise<{ queued: number; locked: number }> {
  const [row] = await cluster.stack.db.$queryRaw<{ queued: bigint; locked: bigint }[]>`
    SELECT count(*) AS queued, count(j.locked_by) AS locked
    FROM graphile_worker._private_jobs j JOIN graphile_worker._private_tasks t ON t.id = j.task_id
    WHERE t.identifier = 'send-email'`;
  return { queued: Number(row?.queued), locked: Number(row?.locked) };
}

const allSent = (cluster: Cluster, orders: Order[]) => async () =>
  confirmations(cluster, orders).sent === orders.length;
const seconds = (ms: number) => Math.round(ms) / 1000;

export async function workerCrashScenario(cluster: Cluster, catalogs: Catalog[]) {
  cluster.stack.mail.latency.ms = SEND_MS;
  let doomed = cluster.stack.startWorker(...WORKER);
  const figures = {
    baselineSecondsToSendAll: 0,
    baselineSecondsToQueueEmpty: 0,
    crashSecondsToSendAll: 0,
    secondsFromKillToAllSent: 0,
    secondsFromKillToQueueEmpty: 0,
    sentBeforeKill: 0,
    lockedAtKill: 0,
  };
  const batches: Order[][] = [];
  const run = await underTraffic(cluster, catalogs, { baselineSeconds: 5, afterSeconds: 5 }, async (mark) => {
    const baseline = await placedOrders(cluster, catalogs);
    const baselinePaid = performance.now();
    await Promise.all(baseline.map((order) => pay(cluster, order)));
    await waitFor(allSent(cluster, baseline), 180_000, doomed.log);
    figures.baselineSecondsToSendAll = seconds(performance.now() - baselinePaid);
    await waitFor(async () => (await emailJobs(cluster)).queued === 0, 60_000, doomed.log);
    figures.baselineSecondsToQueueEmpty = seconds(performance.now() - baselinePaid);

    mark("worker crash");
    const crashed = await placedOrders(cluster, catalogs);
    batches.push(baseline, crashed);
    const paid = performance.now();
    await Promise.all(crashed.map((order) => pay(cluster, order)));
    // Mid-batch: one round sent, the next one locked and held by the slow provider.
    await waitFor(
      async () =>
        confirmations(cluster, crashed).sent >= CONCURRENCY && (await emailJobs(cluster)).locked === CONCURRENCY,
      60_000,
      doomed.log,
    );
    figures.sentBeforeKill = confirmations(cluster, crashed).sent;
    figures.lockedAtKill = (await emailJobs(cluster)).locked;
    const killed = performance.now();
    doomed.child.kill("SIGKILL");
    await doomed.exited;
    doomed = cluster.stack.startWorker(...WORKER);
    await waitFor(allSent(cluster, crashed), 300_000, doomed.log);
    figures.secondsFromKillToAllSent = seconds(performance.now() - killed);
    figures.crashSecondsToSendAll = seconds(performance.now() - paid);
    // The dead worker's jobs stay locked until a live worker sees it silent: only then are they
    // run again (their sends replayed by the provider under the same idempotency key).
    await waitFor(async () => (await emailJobs(cluster)).queued === 0, 300_000, doomed.log);
    figures.secondsFromKillToQueueEmpty = seconds(performance.now() - killed);
  });
  doomed.child.kill("SIGTERM");
  await doomed.exited;
  cluster.stack.mail.latency.ms = 0;
  const [baseline = [], crashed = []] = batches;
  return {
    scenario: "worker-crash",
    what: `${ORDERS} paid orders per batch, confirmation sends held ${SEND_MS} ms each by the mail capture, worker concurrency ${CONCURRENCY}; batch 2: worker SIGKILLed mid-batch, a new one started at once`,
    ...figures,
    crashVsBaselineRatio: Math.round((figures.crashSecondsToSendAll / figures.baselineSecondsToSendAll) * 100) / 100,
    baselineConfirmations: { orders: baseline.length, ...confirmations(cluster, baseline) },
    crashConfirmations: { orders: crashed.length, ...confirmations(cluster, crashed) },
    rescuerUnlockedDeadWorkerJobs: /unlocked the jobs of job workers that stopped/.test(doomed.log()),
    traffic: trafficFigures(run),
  };
}
