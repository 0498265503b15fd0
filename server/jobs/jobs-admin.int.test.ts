// Staff's jobs area against real graphile-worker tables: jobs fail for real (the mail capture
// server simulates a provider outage), then staff retry or discard them, audited.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { db } from "../db";
import { enqueueJob } from "./enqueue";
import { signedInCaller } from "../../tests/support/callers";
import { domainCodeOf, trpcErrorOf } from "../../tests/support/errors";
import { capturedEmails, mailCapture, runDueJobs } from "../../tests/support/jobs";

const verifyEmail = {
  to: "ana@shopfront.test",
  template: "verify-email" as const,
  props: { name: "Ana", url: "http://localhost:3000/verify-email?token=secret-token-value" },
};

let admin: Awaited<ReturnType<typeof signedInCaller>>;

beforeEach(async () => {
  admin = await signedInCaller(db, { role: "ADMIN" });
});
afterEach(() => {
  mailCapture().outage.remainingRequests = 0;
});

// Queues a verification email and lets it fail once against a provider outage.
async function failedEmailJob(maxAttempts: number): Promise<string> {
  const id = await db.$transaction((tx) => enqueueJob(tx, "send-email", verifyEmail, { maxAttempts }));
  mailCapture().outage.remainingRequests = 100;
  await runDueJobs();
  mailCapture().outage.remainingRequests = 0;
  return id.toString();
}

const auditRows = (entityId: string) =>
  db.auditLog.findMany({ where: { entityType: "job", entityId }, orderBy: { id: "asc" } });
// What the worker does when it picks a job (graphile-worker's getJobs), standing in for a running task.
const lockAsWorker = (id: string) =>
  db.$executeRaw`UPDATE graphile_worker._private_jobs SET locked_at = now(), locked_by = 'worker-test', attempts = attempts + 1 WHERE id = ${BigInt(id)}`;

describe("admin.jobs.list", () => {
  it("shows a job that failed once as failed, with its error and counts per state", async () => {
    const id = await failedEmailJob(3);
    const page = await admin.caller.admin.jobs.list({ state: "failed" });
    expect(page.counts).toEqual({ queued: 0, failed: 1, dead: 0, locked: 0 });
    expect(page.total).toBe(1);
    expect(page.items).toEqual([
      expect.objectContaining({
        id,
        task: "send-email",
        state: "failed",
        attempts: 1,
        maxAttempts: 3,
        lockedAt: null,
        lastErrorTruncated: false,
      }),
    ]);
    expect(page.items[0]?.lastError).toContain("simulated outage");
    expect(page.items[0]?.runAt.getTime()).toBeGreaterThan(Date.now());
    expect((await admin.caller.admin.jobs.list({ state: "dead" })).items).toEqual([]);
  });

  it("shows a job that used all its attempts as dead-lettered", async () => {
    const id = await failedEmailJob(1);
    const page = await admin.caller.admin.jobs.list({ state: "dead" });
    expect(page.items).toEqual([expect.objectContaining({ id, state: "dead", attempts: 1, maxAttempts: 1 })]);
    expect(page.counts.dead).toBe(1);
  });

  it("shows queued and running jobs, filters by task and pages", async () => {
    const release = await db.$transaction((tx) =>
      enqueueJob(
        tx,
        "release-unpaid-order",
        { orderId: "0192f1c4-8f5e-7d2a-9b1c-3e4f5a6b7c8d" },
        { runAt: new Date(Date.now() + 3_600_000) },
      ),
    );
    const running = await db.$transaction((tx) =>
      enqueueJob(tx, "password-reset-request", { email: "bo@shopfront.test" }),
    );
    await lockAsWorker(running.toString());
    const all = await admin.caller.admin.jobs.list({ pageSize: 1 });
    expect(all).toMatchObject({ total: 2, counts: { queued: 1, locked: 1 } });
    expect(all.items).toHaveLength(1);
    const second = await admin.caller.admin.jobs.list({ pageSize: 1, page: 2 });
    expect(new Set([all.items[0]?.id, second.items[0]?.id])).toEqual(new Set([release.toString(), running.toString()]));
    const releases = await admin.caller.admin.jobs.list({ task: "release-unpaid-order" });
    expect(releases.items).toEqual([
      expect.objectContaining({ state: "queued", summary: { orderId: "0192f1c4-8f5e-7d2a-9b1c-3e4f5a6b7c8d" } }),
    ]);
    expect(releases.counts).toEqual({ queued: 1, failed: 0, dead: 0, locked: 0 });
    expect((await admin.caller.admin.jobs.list({ state: "locked" })).items[0]).toMatchObject({
      id: running.toString(),
      lockedAt: expect.any(Date),
    });
  });

  it("shows only non-secret payload fields: never links with tokens or password hashes", async () => {
    await failedEmailJob(3);
    await db.$transaction((tx) =>
      enqueueJob(tx, "sign-up", { email: "cy@shopfront.test", name: "Cy", passwordHash: "$argon2id$v=19$secret-hash" }),
    );
    const page = await admin.caller.admin.jobs.list({});
    expect(page.items.map((job) => job.summary).sort((a, b) => Object.keys(a).length - Object.keys(b).length)).toEqual([
      { email: "cy@shopfront.test" },
      { template: "verify-email", to: "ana@shopfront.test" },
    ]);
    const wire = JSON.stringify(page);
    expect(wire).not.toContain("secret-token-value");
    expect(wire).not.toContain("secret-hash");
    expect(wire).not.toContain("Ana");
  });

  it("refuses unknown fields and oversized pages", async () => {
    expect((await trpcErrorOf(admin.caller.admin.jobs.list({ pageSize: 101 }))).code).toBe("BAD_REQUEST");
    const sneaky = { state: "dead", where: "1=1" } as unknown as Parameters<typeof admin.caller.admin.jobs.list>[0];
    expect((await trpcErrorOf(admin.caller.admin.jobs.list(sneaky))).code).toBe("BAD_REQUEST");
  });
});

describe("admin.jobs.retry", () => {
  it("makes a dead job due again with fresh attempts; the next run sends it; audited", async () => {
    const id = await failedEmailJob(1);
    const retried = await admin.caller.admin.jobs.retry({ id });
    expect(retried).toMatchObject({ id, attempts: 0, maxAttempts: 1, state: "failed" });
    expect(retried.lastError).toContain("simulated outage");
    expect(retried.runAt.getTime()).toBeLessThanOrEqual(Date.now());

    const sent = await runDueJobs();
    expect(sent).toEqual([expect.objectContaining({ to: ["ana@shopfront.test"] })]);
    expect((await admin.caller.admin.jobs.list({})).total).toBe(0);

    const [entry] = await auditRows(id);
    expect(entry).toMatchObject({
      actorId: admin.user.id,
      action: "job.retry",
      before: expect.objectContaining({
        task: "send-email",
        state: "dead",
        attempts: 1,
        maxAttempts: 1,
        to: "ana@shopfront.test",
      }),
      after: expect.objectContaining({ state: "failed", attempts: 0 }),
    });
    expect(JSON.stringify([entry?.before, entry?.after])).not.toContain("secret-token-value");
  });

  it("refuses a running job, a queued job and an unknown id", async () => {
    const id = await failedEmailJob(3);
    await lockAsWorker(id);
    const locked = await trpcErrorOf(admin.caller.admin.jobs.retry({ id }));
    expect([locked.code, domainCodeOf(locked)]).toEqual(["CONFLICT", "JOB_LOCKED"]);

    const queued = (
      await db.$transaction((tx) => enqueueJob(tx, "password-reset-request", { email: "bo@shopfront.test" }))
    ).toString();
    const notFailed = await trpcErrorOf(admin.caller.admin.jobs.retry({ id: queued }));
    expect([notFailed.code, domainCodeOf(notFailed)]).toEqual(["CONFLICT", "JOB_NOT_FAILED"]);

    const missing = await trpcErrorOf(admin.caller.admin.jobs.retry({ id: "987654321" }));
    expect([missing.code, domainCodeOf(missing)]).toEqual(["NOT_FOUND", "JOB_NOT_FOUND"]);
    expect(await db.auditLog.count()).toBe(0);
  });

  it("accepts nothing but the id", async () => {
    const id = await failedEmailJob(1);
    const sneaky = { id, attempts: -100 } as unknown as { id: string };
    expect((await trpcErrorOf(admin.caller.admin.jobs.retry(sneaky))).code).toBe("BAD_REQUEST");
    expect((await trpcErrorOf(admin.caller.admin.jobs.retry({ id: "1 OR 1=1" }))).code).toBe("BAD_REQUEST");
  });
});

describe("admin.jobs.discard", () => {
  it("removes a failed job for good, audited with what it was", async () => {
    const id = await failedEmailJob(3);
    expect(await admin.caller.admin.jobs.discard({ id })).toEqual({ id });
    expect((await admin.caller.admin.jobs.list({})).total).toBe(0);
    await db.$executeRaw`UPDATE graphile_worker._private_jobs SET run_at = now()`;
    expect(await runDueJobs()).toEqual([]);
    expect(capturedEmails()).toEqual([]);

    const [entry] = await auditRows(id);
    expect(entry).toMatchObject({
      actorId: admin.user.id,
      action: "job.discard",
      before: expect.objectContaining({ task: "send-email", state: "failed", template: "verify-email" }),
      after: null,
    });
  });

  it("refuses a running job, which keeps running", async () => {
    const id = await failedEmailJob(3);
    await lockAsWorker(id);
    const error = await trpcErrorOf(admin.caller.admin.jobs.discard({ id }));
    expect([error.code, domainCodeOf(error)]).toEqual(["CONFLICT", "JOB_LOCKED"]);
    expect((await admin.caller.admin.jobs.list({ state: "locked" })).total).toBe(1);
    expect(await auditRows(id)).toEqual([]);
  });

  it("is for staff only", async () => {
    const id = await failedEmailJob(3);
    const shopper = await signedInCaller(db);
    expect((await trpcErrorOf(shopper.caller.admin.jobs.discard({ id }))).code).toBe("FORBIDDEN");
    expect((await admin.caller.admin.jobs.list({})).total).toBe(1);
  });
});
