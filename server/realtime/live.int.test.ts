// The live subscriptions through the app router, as a client's request reaches them: who may
// listen where, what each listener hears, and a stream that ends when its session does.
import { randomUUID } from "node:crypto";
import { afterEach, describe, expect, it, vi } from "vitest";
import { trpcErrorOf } from "../../tests/support/errors";
import { anonymousCaller, signedInCaller } from "../../tests/support/callers";
import { runDueJobs } from "../../tests/support/jobs";
import { endSessions, revokeOneSession } from "../auth/session.service";
import { db } from "../db";
import { type DurableLiveEvent, liveChannels } from "./live-event.schema";
import { enqueueLiveEvent } from "./live-outbox";
import { SESSION_RECHECK_MS } from "./live-stream";
import { publishDurable } from "./publish";

type Caller = Awaited<ReturnType<typeof signedInCaller>>["caller"];

const statusEvent = (number: string): DurableLiveEvent => ({
  type: "order.status",
  orderId: randomUUID(),
  number,
  status: "SHIPPED",
});

const publish = (channel: string, event: DurableLiveEvent) =>
  publishDurable(channel, event, { dedupeKey: randomUUID() }) as Promise<string>;

// Opens live.me after a first event, and reads a second one (replayed): from then on the
// stream's subscription stands, so later events reach it live.
async function openMe(caller: Caller, userId: string) {
  const channel = liveChannels.user(userId);
  const before = await publish(channel, statusEvent("SF-0"));
  const after = await publish(channel, statusEvent("SF-1"));
  const stream = await caller.live.me({ lastEventId: before });
  const iterator = stream[Symbol.asyncIterator]();
  const first = await iterator.next();
  expect(first.value).toEqual([after, expect.objectContaining({ number: "SF-1" }), expect.anything()]);
  return iterator;
}

afterEach(() => {
  vi.useRealTimers();
});

describe("live.me", () => {
  it("hears durable events for its own user, and not another shopper's", async () => {
    const a = await signedInCaller(db);
    const b = await signedInCaller(db);
    const stream = await openMe(a.caller, a.user.id);

    await publish(liveChannels.user(b.user.id), statusEvent("SF-for-b"));
    const id = await publish(liveChannels.user(a.user.id), statusEvent("SF-for-a"));
    const next = await stream.next();
    expect(next.value).toEqual([id, expect.objectContaining({ number: "SF-for-a" }), expect.anything()]);
    await stream.return?.();
  });

  it("hears an event published by the outbox job after its transaction committed", async () => {
    const a = await signedInCaller(db);
    const stream = await openMe(a.caller, a.user.id);
    const event = statusEvent("SF-outbox");
    await db.$transaction((tx) => enqueueLiveEvent(tx, [liveChannels.user(a.user.id)], event));
    const next = stream.next();
    await runDueJobs();
    expect((await next).value).toEqual([expect.any(String), event, expect.anything()]);
    await stream.return?.();
  });

  it("ends with UNAUTHORIZED once its session is revoked", async () => {
    vi.useFakeTimers({ toFake: ["setInterval", "clearInterval"] });
    const a = await signedInCaller(db);
    const stream = await openMe(a.caller, a.user.id);
    const next = stream.next();
    await endSessions((tx) => revokeOneSession(tx, a.sessionId, "SIGNED_OUT"));
    vi.advanceTimersByTime(SESSION_RECHECK_MS);
    expect((await trpcErrorOf(next)).code).toBe("UNAUTHORIZED");
  });

  it("refuses a signed-out caller", async () => {
    const { caller } = await anonymousCaller();
    expect((await trpcErrorOf(caller.live.me({}))).code).toBe("UNAUTHORIZED");
  });
});

describe("live.admin", () => {
  it("is for staff only", async () => {
    const shopper = await signedInCaller(db);
    const { caller: anonymous } = await anonymousCaller();
    expect((await trpcErrorOf(shopper.caller.live.admin({}))).code).toBe("FORBIDDEN");
    expect((await trpcErrorOf(anonymous.live.admin({}))).code).toBe("UNAUTHORIZED");
  });

  it("gives staff the staff channel's events, and ends when the member is demoted", async () => {
    vi.useFakeTimers({ toFake: ["setInterval", "clearInterval"] });
    const admin = await signedInCaller(db, { role: "ADMIN" });
    const before = await publish(liveChannels.staff, statusEvent("SF-staff-0"));
    const placed = await publish(liveChannels.staff, statusEvent("SF-staff-1"));
    const stream = (await admin.caller.live.admin({ lastEventId: before }))[Symbol.asyncIterator]();
    expect((await stream.next()).value).toEqual([placed, expect.anything(), expect.anything()]);

    // Pub/Sub ignores Redis db numbers: another test file's staff events may arrive meanwhile.
    const ended = (async () => {
      while (!(await stream.next()).done);
    })();
    await db.user.update({ where: { id: admin.user.id }, data: { role: "USER" } });
    vi.advanceTimersByTime(SESSION_RECHECK_MS);
    expect((await trpcErrorOf(ended)).code).toBe("FORBIDDEN");
  });
});

describe("live.product", () => {
  it("is public and refuses a product id that is not a uuid", async () => {
    const { caller } = await anonymousCaller();
    expect((await trpcErrorOf(caller.live.product({ productId: "nope" }))).code).toBe("BAD_REQUEST");
    const stream = await caller.live.product({ productId: randomUUID() });
    await stream[Symbol.asyncIterator]().return?.();
  });
});
