// Lighthouse mobile (lighthouse 12.2.3, default config) against the production build with the
// seed catalog: home, a product page, search and a category page, 3 runs each in a fresh
// Chromium, the median of each figure. Also the compressed JavaScript each page loaded and its
// biggest scripts. Needs `npm run build` first. Run: npx tsx bench/lighthouse.bench.ts [--runs 3]
import { loadavg } from "node:os";
import { parseArgs } from "node:util";
import { startBenchServer } from "./lib/bench-server";
import { SHOP_PAGES } from "./lib/lighthouse-pages";
import { type LighthouseFigures, medianFigures, runLighthouse } from "./lib/lighthouse-run";

const { values } = parseArgs({ options: { runs: { type: "string", default: "3" } } });
const runs = Number(values.runs);
const oneMinuteLoad = () => Math.round((loadavg()[0] ?? 0) * 100) / 100;
const kilobytes = (bytes: number) => Math.round(bytes / 102.4) / 10;

const server = await startBenchServer(3460);
try {
  // The first request of each page warms the server (module loading, database connections).
  for (const page of SHOP_PAGES) await fetch(`${server.appUrl}${page.path}`).then((response) => response.text());
  const loadAtStart = oneMinuteLoad();
  const medians: { page: string; path: string; figures: LighthouseFigures; scores: number[] }[] = [];
  for (const page of SHOP_PAGES) {
    const figures: LighthouseFigures[] = [];
    for (let run = 0; run < runs; run++) figures.push(await runLighthouse(`${server.appUrl}${page.path}`));
    medians.push({
      page: page.name,
      path: page.path,
      figures: medianFigures(figures),
      scores: figures.map((f) => f.score),
    });
  }
  console.log(`Lighthouse mobile, median of ${runs}; load average ${loadAtStart} at start, ${oneMinuteLoad()} at end`);
  console.table(
    medians.map(({ page, figures, scores }) => ({
      page,
      score: figures.score,
      "scores (runs)": scores.join(" "),
      "TBT ms": Math.round(figures.totalBlockingTimeMs),
      "LCP ms": Math.round(figures.largestContentfulPaintMs),
      CLS: Math.round(figures.cumulativeLayoutShift * 1000) / 1000,
      "FCP ms": Math.round(figures.firstContentfulPaintMs),
      "JS KB (compressed)": kilobytes(figures.scriptTransferBytes),
      "host CPU (benchmarkIndex)": Math.round(figures.benchmarkIndex),
    })),
  );
  for (const { page, path, figures } of medians) {
    console.log(`\n${page} (${path}): ${figures.scripts.length} scripts, biggest first (KB compressed)`);
    for (const script of figures.scripts.slice(0, 8))
      console.log(`  ${kilobytes(script.transferBytes).toString().padStart(6)}  ${new URL(script.url).pathname}`);
  }
} finally {
  server.stop();
}
process.exit(0);
