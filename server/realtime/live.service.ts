// Who listens on which channel, and what ends their stream: a shopper hears their own user
// channel, staff the staff channel (re-checked in the database: a demoted or disabled member
// loses it), anyone a product's stock ticks, coalesced to one a second.
import "server-only";
import type { AccessClaims } from "../auth/jwt";
import { assertLiveSession, sessionStillValid } from "../auth/session.service";
import { DomainError } from "../lib/errors";
import { type EphemeralLiveEvent, liveChannels } from "./live-event.schema";
import { type LiveItem, openLiveStream } from "./live-stream";
import { holdStaffPresence } from "./staff-presence";

export const STOCK_TICK_INTERVAL_MS = 1_000;

type Resume = { lastEventId: string | null; signal: AbortSignal | undefined };

export function streamForShopper(session: AccessClaims, resume: Resume): AsyncGenerator<LiveItem, void> {
  return openLiveStream({
    channel: liveChannels.user(session.userId),
    ...resume,
    durable: true,
    recheck: async () => {
      if (!(await sessionStillValid(session))) {
        throw new DomainError("UNAUTHENTICATED", "Your session has ended; sign in again");
      }
    },
  });
}

// While it is open, its staff member counts as online to shoppers (staff-presence.ts).
export async function* streamForStaff(session: AccessClaims, resume: Resume): AsyncGenerator<LiveItem, void> {
  const presence = holdStaffPresence();
  try {
    yield* openLiveStream({
      channel: liveChannels.staff,
      ...resume,
      durable: true,
      recheck: async () => void (await assertLiveSession(session, "ADMIN")),
    });
  } finally {
    presence.end();
  }
}

export function streamForProduct(productId: string, signal: AbortSignal | undefined): AsyncGenerator<LiveItem, void> {
  return openLiveStream({
    channel: liveChannels.product(productId),
    lastEventId: null,
    signal,
    durable: false,
    coalesceMs: STOCK_TICK_INTERVAL_MS,
    versionOf: (event) => (event as Extract<EphemeralLiveEvent, { type: "stock" }>).version,
  });
}
