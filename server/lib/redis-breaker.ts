// A circuit breaker for the shared Redis client. A stopped Redis refuses connections and every
// command fails at once, but a hung one (frozen, or a network that drops packets) accepts
// them and answers nothing: each command then waits out its timeout, and every request that
// touches Redis pays it. After a few timeouts in a row the breaker drops the connection; with
// no offline queue, commands then fail at once while the client reconnects, and its ready
// check (answered only by a live Redis) is the probe that closes the circuit again.
import "server-only";
import type { Redis } from "ioredis";

export type BreakerEvents = { opened: () => void; recovered: () => void };

export function installBreaker(client: Redis, options: { timeoutsToOpen: number }, events: BreakerEvents): void {
  let consecutiveTimeouts = 0;
  let open = false;
  const send = client.sendCommand.bind(client);
  client.sendCommand = (command, stream) => {
    const result = send(command, stream);
    command.promise.then(
      () => {
        consecutiveTimeouts = 0;
      },
      (error: unknown) => {
        if (!(error instanceof Error) || error.message !== "Command timed out") return;
        consecutiveTimeouts += 1;
        if (consecutiveTimeouts < options.timeoutsToOpen || open) return;
        open = true;
        events.opened();
        client.disconnect(true);
      },
    );
    return result;
  };
  // Any (re)connection after trouble: a Redis that was unreachable may have missed writes.
  let troubled = false;
  client.on("error", () => {
    troubled = true;
  });
  client.on("close", () => {
    troubled = true;
  });
  client.on("ready", () => {
    consecutiveTimeouts = 0;
    if (!troubled && !open) return;
    troubled = false;
    open = false;
    events.recovered();
  });
}
