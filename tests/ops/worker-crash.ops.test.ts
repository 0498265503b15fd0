// A job worker killed with -9 in the middle of sending email: another worker picks the jobs up
// (graphile-worker alone would wait 4 hours), and each email still arrives exactly once (the
// job id is the provider's idempotency key).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startOpsStack, waitFor, type OpsStack } from "./support/ops-stack";

let stack: OpsStack;
beforeAll(async () => {
  stack = await startOpsStack(27150);
});
afterAll(() => stack?.stop());

const recipients = ["crash-one@shopfront.test", "crash-two@shopfront.test"];

async function enqueueEmail(to: string) {
  await stack.db.$executeRaw`
    SELECT graphile_worker.add_job('send-email', json_build_object('to', ${to}::text, 'template', 'password-changed', 'props', json_build_object('name', 'Crash Test')))`;
}

const lockedJobs = async () =>
  Number(
    (
      await stack.db.$queryRaw<
        { count: bigint }[]
      >`SELECT count(*) FROM graphile_worker._private_jobs WHERE locked_by IS NOT NULL`
    )[0]?.count,
  );
const heartbeatIds = async () =>
  (await stack.db.jobWorkerHeartbeat.findMany({ orderBy: { workerId: "asc" } })).map((row) => row.workerId);
const remainingJobs = async () =>
  Number((await stack.db.$queryRaw<{ count: bigint }[]>`SELECT count(*) FROM graphile_worker._private_jobs`)[0]?.count);

describe("a job worker that dies mid-job", () => {
  it("has its jobs picked up by another worker within a minute, each email sent once", async () => {
    stack.mail.latency.ms = 4_000;
    for (const to of recipients) await enqueueEmail(to);
    const doomed = stack.startWorker({ WORKER_CONCURRENCY: "2" }, { bundled: true });
    await waitFor(async () => (await lockedJobs()) === 2, 60_000, doomed.log);
    await new Promise((resolve) => setTimeout(resolve, 500));
    doomed.child.kill("SIGKILL");
    await doomed.exited;
    expect(await lockedJobs()).toBe(2);

    stack.mail.latency.ms = 0;
    const deadWorkerIds = await heartbeatIds();
    const rescuer = stack.startWorker({}, { bundled: true });
    await waitFor(async () => (await remainingJobs()) === 0, 120_000, rescuer.log);
    expect(rescuer.log()).toMatch(/unlocked the jobs of job workers that stopped/);
    await waitFor(async () => stack.mail.emails.length >= 2, 10_000);
    expect(stack.mail.emails.map((email) => email.to[0]).sort()).toEqual(recipients);
    rescuer.child.kill("SIGTERM");
    expect(await rescuer.exited).toBe(0);
    // A worker that stops cleanly takes its heartbeats with it; only the dead one's remain.
    expect(await heartbeatIds()).toEqual(deadWorkerIds);
  });
});
