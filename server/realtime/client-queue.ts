// What one open live stream has been sent but not yet taken: Redis Pub/Sub pushes into it, the
// stream's generator pulls from it as fast as its client reads. It is bounded, so a client
// that stops reading (a stalled tab, a slow link) cannot make the process hold its messages
// without end: past the capacity the queue fails, and the stream ends with a retryable error
// (the client reconnects with its last event id and catches up from the Redis Stream).
// `keepLatest` is for values where only the newest counts (a stock level): a push replaces
// what is waiting instead of adding to it, so such a queue never holds more than one item.
import "server-only";

type Waiter<T> = { resolve: (result: IteratorResult<T, undefined>) => void; reject: (error: unknown) => void };

export class ClientQueue<T> {
  readonly #items: T[] = [];
  #waiter: Waiter<T> | null = null;
  #closed = false;
  #failure: { error: unknown } | null = null;

  constructor(private readonly options: { capacity: number; keepLatest?: boolean; overflowError: () => unknown }) {}

  get size(): number {
    return this.#items.length;
  }

  get ended(): boolean {
    return this.#closed || this.#failure !== null;
  }

  push(item: T): void {
    if (this.ended) return;
    const waiter = this.#waiter;
    if (waiter) {
      this.#waiter = null;
      waiter.resolve({ done: false, value: item });
    } else if (this.options.keepLatest) {
      this.#items.splice(0, this.#items.length, item);
    } else if (this.#items.length >= this.options.capacity) {
      this.fail(this.options.overflowError());
    } else {
      this.#items.push(item);
    }
  }

  // The consumer left: whatever waits is dropped and the next take reports the end.
  close(): void {
    this.#closed = true;
    this.#items.length = 0;
    this.#waiter?.resolve({ done: true, value: undefined });
    this.#waiter = null;
  }

  // The stream must end with this error: its next take throws it, queued items are dropped.
  fail(error: unknown): void {
    if (this.ended) return;
    this.#failure = { error };
    this.#items.length = 0;
    this.#waiter?.reject(error);
    this.#waiter = null;
  }

  take(): Promise<IteratorResult<T, undefined>> {
    if (this.#failure) return Promise.reject(this.#failure.error);
    const item = this.#items.shift();
    if (item !== undefined) return Promise.resolve({ done: false, value: item });
    if (this.#closed) return Promise.resolve({ done: true, value: undefined });
    return new Promise((resolve, reject) => {
      this.#waiter = { resolve, reject };
    });
  }
}
