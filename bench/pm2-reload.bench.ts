// Zero-downtime reloads under PM2: the production server in cluster mode (2 instances, the
// repo's ecosystem.config.cjs, PM2's home in a temporary directory) on its own PostgreSQL,
// Redis and mail capture (the ops-test stack), with the bundled job worker beside it. Steady
// open-loop traffic runs before, during and after three `pm2 reload`s: RATE requests a second
// (default 50), of which SHOP_RATE (default all) are shop requests (pages, JSON reads,
// checkouts by signed-in shoppers) and the rest the static files pages load. Every request is
// counted by status and network error, with latency per phase, shop requests apart.
// Needs `npm run build` first. Run: npx tsx --tsconfig tsconfig.scripts.json bench/pm2-reload.bench.ts
import { loadavg } from "node:os";
import { setTimeout as sleep } from "node:timers/promises";
import { startOpsStack, waitFor } from "../tests/ops/support/ops-stack";
import { shoppersReadyToPay } from "../tests/ops/support/shoppers";
import { shopPm2 } from "../tests/ops/support/pm2";
import { STATIC_FILE, staticFiles, withStaticFiles } from "./lib/page-assets";
import { openLoopUntil, shopTraffic, type ReadyShopper, type Sample } from "./lib/shop-traffic";
import { summarize } from "./lib/stats";

// Ports below Linux's ephemeral range (32768+), where an outgoing connection's local port
// can hold a port this run needs: PostgreSQL, Redis and mail capture at 30450-30452.
const STACK_BASE = 30450;
const WEB_PORT = 30460;
const RATE = Number(process.env.RATE ?? 50);
const SHOP_RATE = Math.min(RATE, Number(process.env.SHOP_RATE ?? RATE));
const SHOPPERS = 150;
const SHOPPER_BATCH = 10;
const WARM_UP_SECONDS = 10;
const BEFORE_SECONDS = 20;
const BETWEEN_RELOADS_SECONDS = 5;
const AFTER_SECONDS = 15;
const RELOADS = 3;
const base = `http://127.0.0.1:${WEB_PORT}`;

const stack = await startOpsStack(STACK_BASE);
const pm2 = shopPm2(stack, WEB_PORT, {
  PAYMENTS_TEST_MODE: "true",
  // Every shopper signs in from this one address: 30 sign-ins per 15 minutes is not enough.
  RATE_LIMIT_IP_SCALE: "10",
});

try {
  await pm2.run("start", "ecosystem.config.cjs");
  await waitFor(async () => (await fetch(`${base}/api/health/ready`).catch(() => null))?.ok === true, 60_000);
  // Stock enough for every order of the run, on every product.
  await stack.db.product.updateMany({ where: { active: true, deletedAt: null }, data: { stock: 1_000_000 } });
  const products = await stack.db.product.findMany({
    where: { active: true, deletedAt: null },
    select: { id: true, slug: true, name: true },
    orderBy: { slug: "asc" },
  });
  const catalog = {
    slugs: products.map((product) => product.slug),
    searchWords: [...new Set(products.map((product) => product.name.split(" ")[0]?.toLowerCase() ?? "lamp"))],
  };
  const shoppers: ReadyShopper[] = [];
  // A few at a time (150 argon2 sign-ins at once would time out their own transactions), each
  // batch with its own product in the cart.
  for (let batch = 0; shoppers.length < SHOPPERS; batch++) {
    const productId = products[batch % products.length]?.id ?? "";
    const ready = await shoppersReadyToPay(stack.db, base, SHOPPER_BATCH, productId);
    shoppers.push(...ready.map((shopper) => ({ cookie: shopper.cookie(), productId })));
  }
  const traffic = shopTraffic(base, catalog, shoppers);

  // Warm-up, not recorded: the instances load each route's code on its first request.
  let warming = true;
  const warmUp = openLoopUntil(
    RATE / 5,
    () => warming,
    (dueAt) => traffic.next(dueAt),
  );
  await sleep(WARM_UP_SECONDS * 1000);
  warming = false;
  await warmUp;

  let running = true;
  const marks = { reloadsStart: 0, reloadsEnd: 0, reloadMs: [] as number[], webPids: [await webPids()] };
  const loadAtStart = loadavg()[0];
  const load = openLoopUntil(
    RATE,
    () => running,
    withStaticFiles(traffic.next, await staticFiles(base), { rate: RATE, shopRate: SHOP_RATE }),
  );
  await sleep(BEFORE_SECONDS * 1000);
  // More than a second's worth of requests waiting before any reload: the server (or this
  // shared machine) cannot carry the rate, and whatever the reloads do would be lost in the
  // queue. Say so and skip them rather than time a backlog.
  const saturatedBeforeReloads = traffic.inFlight() > SHOP_RATE;
  marks.reloadsStart = performance.now();
  for (let reload = 0; reload < (saturatedBeforeReloads ? 0 : RELOADS); reload++) {
    if (reload > 0) await sleep(BETWEEN_RELOADS_SECONDS * 1000);
    const started = performance.now();
    await pm2.run("reload", "shopfront-web");
    marks.reloadMs.push(Math.round(performance.now() - started));
    marks.webPids.push(await webPids());
  }
  marks.reloadsEnd = performance.now();
  if (!saturatedBeforeReloads) await sleep(AFTER_SECONDS * 1000);
  running = false;
  const samples = await load;

  const phaseOf = (sample: Sample) =>
    sample.dueAt < marks.reloadsStart ? "before" : sample.dueAt <= marks.reloadsEnd ? "during reloads" : "after";
  const phases = ["before", "during reloads", "after"].map((phase) =>
    report(
      phase,
      samples.filter((sample) => phaseOf(sample) === phase),
    ),
  );
  const shopPhases = ["before", "during reloads", "after"].map((phase) =>
    report(
      phase,
      samples.filter((sample) => phaseOf(sample) === phase && sample.kind !== STATIC_FILE),
    ),
  );
  const processes = await pm2List();
  console.log(
    JSON.stringify(
      {
        bench: `pm2 reload x${RELOADS} under ${RATE} req/s, ${SHOP_RATE} of them shop requests (2 cluster instances + job worker)`,
        saturatedBeforeReloads,
        reloadMs: marks.reloadMs,
        // Each reload replaces every web instance: the pids before and after each one.
        webPids: marks.webPids,
        total: report("all", samples),
        phases,
        // How long each replaced instance took to drain, from the server's own log lines.
        drains: drains(pm2.outputLines("shopfront-web")),
        shopPhases,
        shopP99DuringReloadsOverBefore:
          Math.round(((shopPhases[1]?.p99ms ?? Number.NaN) / (shopPhases[0]?.p99ms ?? Number.NaN)) * 100) / 100,
        duringReloadsByKind: byKind(samples.filter((sample) => phaseOf(sample) === "during reloads")),
        shoppersExhausted: traffic.shoppersExhausted(),
        // Other work on this machine moves every latency: the load average at the start and end.
        loadAverage: [loadAtStart, loadavg()[0]],
        restarts: processes.map((process) => ({
          name: process.name,
          restarts: process.pm2_env.restart_time,
          unstable: process.pm2_env.unstable_restarts,
        })),
        firstFailures: samples.filter((sample) => sample.status < 200 || sample.status >= 300).slice(0, 5),
      },
      null,
      2,
    ),
  );
} catch (error) {
  console.error(pm2.logTails());
  throw error;
} finally {
  await pm2.kill();
  await stack.stop();
}

type Pm2Process = { name: string; pid: number; pm2_env: { restart_time: number; unstable_restarts: number } };

async function pm2List(): Promise<Pm2Process[]> {
  return JSON.parse(await pm2.run("jlist")) as Pm2Process[];
}

async function webPids(): Promise<number[]> {
  return (await pm2List()).filter((process) => process.name === "shopfront-web").map((process) => process.pid);
}

function report(phase: string, samples: Sample[]) {
  const count = (predicate: (sample: Sample) => boolean) => samples.filter(predicate).length;
  const tally = (values: string[]) =>
    Object.fromEntries([...new Set(values)].map((value) => [value, values.filter((other) => other === value).length]));
  const latency = summarize(samples.map((sample) => sample.ms));
  return {
    phase,
    sent: samples.length,
    ok2xx: count((sample) => sample.status >= 200 && sample.status < 300),
    non2xxByStatus: tally(
      samples
        .filter((sample) => sample.status >= 300 || (sample.status > 0 && sample.status < 200))
        .map((sample) => String(sample.status)),
    ),
    status5xx: count((sample) => sample.status >= 500),
    connectionErrors: tally(samples.filter((sample) => sample.status === 0).map((sample) => sample.error ?? "unknown")),
    p50ms: latency.p50,
    p99ms: latency.p99,
  };
}

function drains(lines: string[]) {
  const events = lines.flatMap((line) => {
    if (!line.startsWith('{"level"')) return [];
    const event = JSON.parse(line) as { pid?: number; msg?: string; ms?: number; inFlight?: number };
    return event.msg?.startsWith("server ") ? [event] : [];
  });
  return events
    .filter((event) => event.msg === "server stopped")
    .map((stopped) => {
      const expired = events.find(
        (event) =>
          event.pid === stopped.pid && event.msg === "server grace period over; closing the remaining connections",
      );
      return { pid: stopped.pid, ms: stopped.ms, graceExpiredWithInFlight: expired ? expired.inFlight : null };
    });
}

function byKind(samples: Sample[]) {
  const kinds = [...new Set(samples.map((sample) => sample.kind))];
  return Object.fromEntries(
    kinds.map((kind) => {
      const latency = summarize(samples.filter((sample) => sample.kind === kind).map((sample) => sample.ms));
      return [kind, { n: latency.n, p50ms: latency.p50, p99ms: latency.p99 }];
    }),
  );
}
