// "We're online": the shop counts as online while a staff member's dashboard holds its live
// stream open, and no longer once it closes.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { signedInCaller } from "../../tests/support/callers";
import { db } from "../db";
import { liveChannels } from "./live-event.schema";
import { publishDurable } from "./publish";

describe("staff presence", () => {
  it("shows the shop online while a staff dashboard is open, and offline after it closes", async () => {
    const shopper = await signedInCaller(db);
    const staff = await signedInCaller(db, { role: "ADMIN" });
    expect(await shopper.caller.support.shopOnline()).toEqual({ online: false });

    const stream = (await staff.caller.live.admin({}))[Symbol.asyncIterator]();
    // The stream runs (and holds its presence) once it yields its first event.
    const reading = stream.next();
    await publishDurable(
      liveChannels.staff,
      { type: "support.conversation", conversationId: randomUUID() },
      {
        dedupeKey: randomUUID(),
      },
    );
    await reading;
    expect(await shopper.caller.support.shopOnline()).toEqual({ online: true });

    await stream.return?.(undefined);
    await expect.poll(() => shopper.caller.support.shopOnline()).toEqual({ online: false });
  });
});
