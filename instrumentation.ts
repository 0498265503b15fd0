// Next.js start-up hook: runs once per server process, in the Node.js runtime only.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startInProcessWorker } = await import("./server/jobs/in-process-worker");
  startInProcessWorker();
}
