// What the two instances carry before any failure: shop traffic alone (no static files) at
// rising rates, 15 s each with a pause between, so the scenarios' SHOP_RATE stays below the
// point where requests queue. The machine's busy share is read from /proc/stat.
import { readFileSync } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";
import type { Cluster } from "./resilience-cluster";
import { phaseFigures } from "./resilience-report";
import { shopStreams, type Catalog } from "./resilience-traffic";
import { openLoopUntil } from "./shop-traffic";

const STEPS = [10, 15, 20, 30, 50];
const STEP_SECONDS = 15;

// Busy and total CPU time of the whole machine (all cores), in clock ticks.
function cpuTicks() {
  const [user = 0, nice = 0, system = 0, idle = 0, iowait = 0, irq = 0, softirq = 0] = readFileSync(
    "/proc/stat",
    "utf8",
  )
    .split("\n")[0]!
    .split(/\s+/)
    .slice(1)
    .map(Number);
  return { busy: user + nice + system + irq + softirq, total: user + nice + system + idle + iowait + irq + softirq };
}

export async function capacityScenario(cluster: Cluster, catalogs: Catalog[]) {
  const shop = await shopStreams(cluster, catalogs);
  const steps = [];
  for (const rate of STEPS) {
    let running = true;
    const start = cpuTicks();
    const load = openLoopUntil(rate, () => running, shop.next);
    await sleep(STEP_SECONDS * 1000);
    running = false;
    const samples = await load;
    const end = cpuTicks();
    const figures = phaseFigures(`${rate} shop requests/s`, samples, STEP_SECONDS);
    steps.push({
      rate,
      machineBusy: Math.round(((end.busy - start.busy) / (end.total - start.total)) * 100) / 100,
      ...figures.shop,
      notOk: figures.notOk,
    });
    await sleep(10_000);
  }
  return {
    scenario: "capacity",
    what: `shop traffic alone at ${STEPS.join(", ")} requests/s, ${STEP_SECONDS} s each`,
    steps,
    shoppersExhausted: shop.shoppersExhausted(),
  };
}
