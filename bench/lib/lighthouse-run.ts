// One Lighthouse run (default config: mobile form factor, simulated slow 4G and 4× CPU
// slowdown, performance category only) against a page, in a fresh Chromium, reduced to the
// figures issue 13 tracks, and the median of several runs.
import lighthouse from "lighthouse";
import { launchChromium } from "./lighthouse-chromium";

export type ScriptLoad = { url: string; transferBytes: number };

export type LighthouseFigures = {
  score: number;
  totalBlockingTimeMs: number;
  largestContentfulPaintMs: number;
  cumulativeLayoutShift: number;
  firstContentfulPaintMs: number;
  /** Sum of the compressed (on-the-wire) sizes of every script the page loaded. */
  scriptTransferBytes: number;
  /**
   * Lighthouse's own measure of the host's CPU. Its 4× slowdown assumes a host of 1,000 or
   * more and it warns below that: on a slower host every run's TBT and LCP come out longer, so
   * scores from different machines compare only alongside this.
   */
  benchmarkIndex: number;
  scripts: ScriptLoad[];
};

type NetworkRequest = { url: string; resourceType?: string; transferSize?: number };

// A run Lighthouse reports as failed measured nothing; it sometimes loses the trace of a good
// load (NO_NAVSTART, 1 run in ~30 here), so such a run is tried again in a fresh Chromium.
const RUN_ATTEMPTS = 3;

class LighthouseRuntimeError extends Error {}

export async function runLighthouse(url: string): Promise<LighthouseFigures> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await runLighthouseOnce(url);
    } catch (error) {
      if (!(error instanceof LighthouseRuntimeError) || attempt === RUN_ATTEMPTS) throw error;
      console.warn(`${error.message}; running it again`);
    }
  }
}

async function runLighthouseOnce(url: string): Promise<LighthouseFigures> {
  const chromium = await launchChromium();
  try {
    const result = await lighthouse(url, {
      port: chromium.port,
      output: "json",
      logLevel: "error",
      onlyCategories: ["performance"],
    });
    if (!result) throw new Error(`lighthouse returned nothing for ${url}`);
    const { lhr } = result;
    if (lhr.runtimeError) throw new LighthouseRuntimeError(`lighthouse failed on ${url}: ${lhr.runtimeError.code}`);
    const numeric = (audit: string) => {
      const value = lhr.audits[audit]?.numericValue;
      if (value === undefined) throw new Error(`lighthouse reported no ${audit} for ${url}`);
      return value;
    };
    const details = lhr.audits["network-requests"]?.details as { items?: NetworkRequest[] } | undefined;
    const scripts = (details?.items ?? [])
      .filter((request) => request.resourceType === "Script")
      .map((request) => ({ url: request.url, transferBytes: request.transferSize ?? 0 }))
      .sort((a, b) => b.transferBytes - a.transferBytes);
    return {
      score: Math.round((lhr.categories.performance?.score ?? 0) * 100),
      totalBlockingTimeMs: numeric("total-blocking-time"),
      largestContentfulPaintMs: numeric("largest-contentful-paint"),
      cumulativeLayoutShift: numeric("cumulative-layout-shift"),
      firstContentfulPaintMs: numeric("first-contentful-paint"),
      scriptTransferBytes: scripts.reduce((sum, script) => sum + script.transferBytes, 0),
      benchmarkIndex: lhr.environment.benchmarkIndex,
      scripts,
    };
  } finally {
    chromium.stop();
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

// Each figure's own median across runs (the runs' scripts are the same files; the last run's list is kept).
export function medianFigures(runs: LighthouseFigures[]): LighthouseFigures {
  const of = (figure: keyof Omit<LighthouseFigures, "scripts">) => median(runs.map((run) => run[figure]));
  return {
    score: of("score"),
    totalBlockingTimeMs: of("totalBlockingTimeMs"),
    largestContentfulPaintMs: of("largestContentfulPaintMs"),
    cumulativeLayoutShift: of("cumulativeLayoutShift"),
    firstContentfulPaintMs: of("firstContentfulPaintMs"),
    scriptTransferBytes: of("scriptTransferBytes"),
    benchmarkIndex: of("benchmarkIndex"),
    scripts: runs.at(-1)?.scripts ?? [],
  };
}
