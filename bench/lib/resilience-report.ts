// Per-phase figures of a traffic run: what was sent, what answered 2xx, every other answer by
// request kind and cause, latency percentiles; and a phase compared with the baseline as ratios.
import type { Sample } from "./shop-traffic";
import { STATIC_FILE } from "./page-assets";
import { phaseOf, type TrafficRun } from "./resilience-traffic";
import { summarize } from "./stats";

// HAProxy's own 503 page, sent when it counts no server as UP: not the app's answer.
const PROXY_503 = /No server is available/;

export const isOk = (sample: Sample) => sample.status >= 200 && sample.status < 300;

// The traffic is valid (signed-in shoppers, stocked product, fresh keys): a healthy shop answers
// all of it with 2xx, so every other answer, 4xx included, is a failure.
export const isFailure = (sample: Sample) => !isOk(sample);

// A non-2xx answer: its status and the app's error code, HAProxy's own 503, or the network error.
export function outcome(sample: Sample): string {
  if (sample.status === 0) return `connection error ${sample.error ?? ""}`.trim();
  if (sample.status === 503 && PROXY_503.test(sample.body ?? "")) return "503 from HAProxy (no server up)";
  // The app's code; a tRPC error with none is an unexpected one (INTERNAL_SERVER_ERROR).
  const code =
    /"domainCode":"([A-Z_]+)"/.exec(sample.body ?? "")?.[1] ??
    /"code":"(INTERNAL_SERVER_ERROR)"/.exec(sample.body ?? "")?.[1];
  return code ? `${sample.status} ${code}` : String(sample.status);
}

export function tally(values: string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const value of values) counts[value] = (counts[value] ?? 0) + 1;
  return counts;
}

const round = (value: number, digits = 3) => Math.round(value * 10 ** digits) / 10 ** digits;

// Success and latency of one kind of request: shop traffic, or the static files pages load.
function share(samples: Sample[]) {
  const latency = summarize(samples.map((sample) => sample.ms));
  return {
    sent: samples.length,
    successRate: round(samples.filter(isOk).length / samples.length, 4),
    p50ms: latency.p50,
    p90ms: latency.p90,
    p99ms: latency.p99,
  };
}

export function phaseFigures(phase: string, samples: Sample[], seconds: number) {
  const ok = samples.filter(isOk).length;
  return {
    phase,
    seconds: round(seconds, 1),
    sent: samples.length,
    perSecond: round(samples.length / seconds, 1),
    ok2xx: ok,
    successRate: round(ok / samples.length, 4),
    failures: samples.filter(isFailure).length,
    status500: samples.filter((sample) => sample.status === 500).length,
    // "kind → cause": count, for every answer that was not 2xx.
    notOk: tally(samples.filter((sample) => !isOk(sample)).map((sample) => `${sample.kind} → ${outcome(sample)}`)),
    shop: share(samples.filter((sample) => sample.kind !== STATIC_FILE)),
    staticFiles: share(samples.filter((sample) => sample.kind === STATIC_FILE)),
    // One answer body per cause of a 5xx, to read what the shopper got.
    example5xx: examples(samples.filter((sample) => sample.status >= 500)),
  };
}

function examples(samples: Sample[]): Record<string, string> {
  const byCause: Record<string, string> = {};
  for (const sample of samples) byCause[outcome(sample)] ??= (sample.body ?? "").slice(0, 200);
  return byCause;
}

export type PhaseFigures = ReturnType<typeof phaseFigures>;

export function trafficFigures(run: TrafficRun): PhaseFigures[] {
  const end = Math.max(...run.samples.map((sample) => sample.dueAt));
  return run.marks.map((mark, index) => {
    const until = run.marks[index + 1]?.at ?? end;
    return phaseFigures(
      mark.phase,
      run.samples.filter((sample) => phaseOf(run.marks, sample) === mark.phase),
      (until - mark.at) / 1000,
    );
  });
}

// A phase against the baseline, as ratios (1 = unchanged): success of all requests, and the
// shop requests' success and latency (static files are fast either way and would hide them).
export function againstBaseline(phases: PhaseFigures[], phase: string) {
  const before = phases.find((figures) => figures.phase === "before");
  const during = phases.find((figures) => figures.phase === phase);
  if (!before || !during) throw new Error(`no phase ${phase} or before`);
  const compare = (a: number, b: number, digits: number) => ({ before: a, during: b, ratio: round(b / a, digits) });
  return {
    phase,
    successRate: compare(before.successRate, during.successRate, 3),
    shopSuccessRate: compare(before.shop.successRate, during.shop.successRate, 3),
    shopP50ms: compare(before.shop.p50ms, during.shop.p50ms, 2),
    shopP99ms: compare(before.shop.p99ms, during.shop.p99ms, 2),
  };
}
