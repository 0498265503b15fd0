// A closed loop (N workers back to back, like load.ts's closedLoop) that also keeps every
// request's latency, for benches that compare throughput and percentiles in the same run.
import { send } from "./load";
import { summarize } from "./stats";

export async function timedClosedLoop(url: string, concurrency: number, seconds: number) {
  const deadline = performance.now() + seconds * 1000;
  const latencies: number[] = [];
  let errors = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < deadline) {
        const started = performance.now();
        const { status } = await send({ url });
        if (status === 200) latencies.push(performance.now() - started);
        else errors += 1;
      }
    }),
  );
  const { p50, p99 } = summarize(latencies);
  return { requestsPerSecond: Math.round(latencies.length / seconds), errors, p50, p99 };
}
