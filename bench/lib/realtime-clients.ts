// The load generator's side of bench/realtime.bench.ts: N raw `http.get` SSE connections to
// one server (no EventSource: frames are only scanned for the event's sequence number), and
// the broadcasts that drive it. It knows when each event was sent and when each client got it.
import http from "node:http";
import { performance } from "node:perf_hooks";
import { SEQ_PATTERN } from "./realtime-fan-out";

const OPEN_CONCURRENCY = 200;

export class SseClients {
  readonly #requests: http.ClientRequest[] = [];
  readonly #sentAt = new Map<number, number>();
  readonly #received = new Map<number, number>();
  readonly #waiters = new Map<number, () => void>();
  readonly #agent = new http.Agent({ keepAlive: true, maxSockets: 32 });
  #open = 0;
  // Clients that have received at least one event.
  #listening = 0;
  #nextSeq = 1;
  delivered = 0;
  dropped = 0;
  // Broadcasts the server answered with an error.
  rejected = 0;
  // Receive minus send time (ms) of every delivery while set.
  latencies: number[] | null = null;

  constructor(private readonly port: number) {}

  async open(count: number): Promise<void> {
    let started = 0;
    const lane = async () => {
      while (started < count) {
        started++;
        await this.#connect();
      }
    };
    await Promise.all(Array.from({ length: Math.min(OPEN_CONCURRENCY, count) }, lane));
  }

  // A stream can answer before its server listens for events (tRPC sends "connected" before
  // the generator runs): broadcast every 2 s until each client got one, then once more to all.
  async untilAllListening(): Promise<void> {
    for (let attempt = 0; this.#listening < this.#open; attempt++) {
      if (attempt === 60) throw new Error("some streams never received an event");
      void this.broadcast(2_000);
      await new Promise((resolve) => setTimeout(resolve, 2_000));
    }
    await this.broadcast();
  }

  // Sends the next event; resolves true when every open client has it, false after timeoutMs.
  async broadcast(timeoutMs = Number.POSITIVE_INFINITY): Promise<boolean> {
    const seq = this.#nextSeq++;
    const everyone = new Promise<boolean>((resolve) => {
      this.#waiters.set(seq, () => resolve(true));
      if (Number.isFinite(timeoutMs))
        setTimeout(() => {
          this.#forget(seq);
          resolve(false);
        }, timeoutMs).unref();
    });
    this.#sentAt.set(seq, performance.now());
    const accepted = await new Promise<boolean>((resolve, reject) => {
      const request = http.get({
        port: this.port,
        host: "127.0.0.1",
        path: `/broadcast?seq=${seq}`,
        agent: this.#agent,
      });
      request.on("response", (response) => {
        response.resume();
        resolve(response.statusCode === 204);
      });
      request.on("error", reject);
    });
    // The server could not publish it (shopfront's publish to Redis timed out): counted, not awaited.
    if (!accepted) {
      this.rejected++;
      this.#forget(seq);
      return false;
    }
    return everyone;
  }

  close(): void {
    for (const request of this.#requests) request.destroy();
    this.#agent.destroy();
  }

  #connect(): Promise<void> {
    return new Promise((resolve, reject) => {
      const request = http.get({ port: this.port, host: "127.0.0.1", path: "/events", agent: false });
      this.#requests.push(request);
      request.on("error", reject);
      request.on("response", (response) => {
        if (response.statusCode !== 200) reject(new Error(`subscribe answered ${response.statusCode}`));
        response.setEncoding("utf8");
        this.#open++;
        let pending = "";
        let listening = false;
        response.on("data", (chunk: string) => {
          resolve();
          const text = pending + chunk;
          const end = text.lastIndexOf("\n\n") + 2;
          pending = text.slice(end);
          for (const match of text.slice(0, end).matchAll(SEQ_PATTERN)) {
            if (!listening) this.#listening++;
            listening = true;
            this.#receive(Number(match[1]));
          }
        });
        response.on("close", () => {
          this.#open--;
          this.dropped++;
          for (const seq of this.#waiters.keys()) this.#settle(seq);
        });
      });
    });
  }

  #receive(seq: number): void {
    const now = performance.now();
    this.delivered++;
    const sentAt = this.#sentAt.get(seq);
    if (this.latencies && sentAt !== undefined) this.latencies.push(now - sentAt);
    this.#received.set(seq, (this.#received.get(seq) ?? 0) + 1);
    this.#settle(seq);
  }

  #settle(seq: number): void {
    if ((this.#received.get(seq) ?? 0) < this.#open) return;
    this.#waiters.get(seq)?.();
    this.#forget(seq);
  }

  #forget(seq: number): void {
    this.#waiters.delete(seq);
    this.#received.delete(seq);
    this.#sentAt.delete(seq);
  }
}
