// The production runtime under failure: two instances of the standalone server behind HAProxy
// on their own PostgreSQL, Redis and mail capture (the ops-test stack), steady open-loop
// traffic through the proxy (browsing and checkouts by signed-in shoppers, and the static files
// pages load), and one failure per scenario, each with its own baseline phase: drain,
// rolling-restart, postgres-restart, redis-down, redis-frozen, worker-crash, big-clients.
// Prints one JSON report per scenario. RATE (default 50) and SHOP_RATE (default 12) set the
// traffic; `capacity` measures what the instances carry.
// Needs `npm run build` first. Run all, or name some:
//   npx tsx --tsconfig tsconfig.scripts.json bench/resilience.bench.ts [scenario ...]
import { cpus, loadavg } from "node:os";
import { capacityScenario } from "./lib/resilience-capacity";
import { bigClientsScenario } from "./lib/resilience-clients";
import { startCluster, type Cluster, type ProxyServer } from "./lib/resilience-cluster";
import { postgresRestartScenario, redisDownScenario, redisFrozenScenario } from "./lib/resilience-outages";
import { drainScenario, rollingRestartScenario } from "./lib/resilience-restarts";
import { RATE, SHOP_RATE, shopCatalogs, underTraffic, type Catalog } from "./lib/resilience-traffic";
import { workerCrashScenario } from "./lib/resilience-worker";

const SCENARIOS: Record<string, (cluster: Cluster, catalogs: Catalog[]) => Promise<object>> = {
  drain: drainScenario,
  "rolling-restart": rollingRestartScenario,
  "postgres-restart": postgresRestartScenario,
  "redis-down": redisDownScenario,
  "redis-frozen": redisFrozenScenario,
  "worker-crash": workerCrashScenario,
  "big-clients": bigClientsScenario,
  // Last: its overloaded steps leave the instances with queues to work off.
  capacity: capacityScenario,
};

const chosen = process.argv.slice(2);
const unknown = chosen.filter((name) => !(name in SCENARIOS));
if (unknown.length > 0) {
  console.error(`Unknown scenario ${unknown.join(", ")}; choose from ${Object.keys(SCENARIOS).join(", ")}`);
  process.exit(2);
}

// What HAProxy did for the scenario (retries and redispatches hide a refused connection from
// the shopper; errors do not): its counters' growth over the scenario, per server.
function proxyCounters(before: ProxyServer[], after: ProxyServer[]) {
  return after.map((server) => {
    const start = before.find((previous) => previous.name === server.name);
    return {
      server: server.name,
      retries: server.retries - (start?.retries ?? 0),
      redispatches: server.redispatches - (start?.redispatches ?? 0),
      connectionErrors: server.connectionErrors - (start?.connectionErrors ?? 0),
      responseErrors: server.responseErrors - (start?.responseErrors ?? 0),
    };
  });
}

const WARM_UP_SECONDS = 10;
const oneMinuteLoad = () => Math.round((loadavg()[0] ?? 0) * 100) / 100;

const cluster = await startCluster();
try {
  const catalogs = await shopCatalogs(cluster);
  // Unrecorded: the first requests to each page of a fresh instance load and compile its code.
  await underTraffic(cluster, catalogs, { baselineSeconds: WARM_UP_SECONDS, afterSeconds: 0 }, async () => undefined);
  for (const name of chosen.length > 0 ? chosen : Object.keys(SCENARIOS)) {
    const before = await cluster.proxyServers();
    // The machine's 1-minute load before and after: other work on it disturbs the figures.
    const loadBefore = oneMinuteLoad();
    const started = new Date();
    const report = await SCENARIOS[name]!(cluster, catalogs);
    const machine = { cores: cpus().length, loadBefore, loadAfter: oneMinuteLoad() };
    console.log(
      JSON.stringify(
        {
          ...report,
          ratePerSecond: { total: RATE, shop: SHOP_RATE, staticFiles: RATE - SHOP_RATE },
          proxyCounters: proxyCounters(before, await cluster.proxyServers()),
          serverErrors: cluster.errorsLoggedSince(started),
          machine,
        },
        null,
        2,
      ),
    );
  }
} finally {
  await cluster.stop();
}
