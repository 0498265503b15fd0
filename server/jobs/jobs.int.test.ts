// The transactional outbox and the worker: jobs exist only if their transaction commits,
// emails go out once per job (even when the task runs again), failures back off and end
// dead-lettered after the last attempt.
import { describe, expect, it } from "vitest";
import { db } from "../db";
import { enqueueJob } from "./enqueue";
import { taskList } from "./tasks";
import { capturedEmails, mailCapture, runDueJobs } from "../../tests/support/jobs";

const email = { to: "ana@shopfront.test", template: "password-changed" as const, props: { name: "Ana" } };

type JobRow = { id: bigint; attempts: number; max_attempts: number; last_error: string | null; run_at: Date };
const jobs = () =>
  db.$queryRaw<JobRow[]>`SELECT id, attempts, max_attempts, last_error, run_at FROM graphile_worker.jobs`;

describe("outbox", () => {
  it("writes no job when the business transaction rolls back", async () => {
    await expect(
      db.$transaction(async (tx) => {
        await enqueueJob(tx, "send-email", email);
        throw new Error("business rule failed");
      }),
    ).rejects.toThrow("business rule failed");
    expect(await jobs()).toEqual([]);
    expect(await runDueJobs()).toEqual([]);
  });

  it("sends a committed job's email once, with html and plain text", async () => {
    await db.$transaction((tx) => enqueueJob(tx, "send-email", email));
    const sent = await runDueJobs();
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ to: ["ana@shopfront.test"], subject: "Your password was changed" });
    expect(sent[0]?.html).toContain("<html");
    expect(sent[0]?.text).toContain("Hi Ana");
    expect(sent[0]?.text).not.toContain("<");
    expect(await jobs()).toEqual([]);
  });

  it("refuses an invalid payload at enqueue time", async () => {
    await expect(
      db.$transaction((tx) => enqueueJob(tx, "send-email", { ...email, to: "not-an-email" })),
    ).rejects.toThrow();
  });

  it("never sends twice for one job: the job id is the idempotency key", async () => {
    const handler = taskList["send-email"];
    if (!handler) throw new Error("send-email task missing");
    const helpers = { job: { id: "4242" } } as unknown as Parameters<typeof handler>[1];
    await handler(email, helpers);
    await handler(email, helpers);
    expect(capturedEmails()).toHaveLength(1);
  });
});

describe("failures", () => {
  it("backs off exponentially and dead-letters after the last attempt", async () => {
    await db.$transaction((tx) => enqueueJob(tx, "send-email", email, { maxAttempts: 2 }));
    mailCapture().outage.remainingRequests = 100;
    try {
      await runDueJobs();
      const [afterFirst] = await jobs();
      expect(afterFirst).toMatchObject({ attempts: 1, max_attempts: 2 });
      expect(afterFirst?.last_error).toBeTruthy();
      expect(afterFirst?.run_at.getTime()).toBeGreaterThan(Date.now());

      await db.$executeRaw`UPDATE graphile_worker._private_jobs SET run_at = now()`;
      await runDueJobs();
      await db.$executeRaw`UPDATE graphile_worker._private_jobs SET run_at = now()`;
      await runDueJobs();
      const [dead] = await jobs();
      expect(dead).toMatchObject({ attempts: 2, max_attempts: 2 });
      expect(capturedEmails()).toEqual([]);
    } finally {
      mailCapture().outage.remainingRequests = 0;
    }
  });
});
