import { describe, expect, it } from "vitest";
import { ClientQueue } from "./client-queue";

const overflow = new Error("fell behind");

describe("ClientQueue", () => {
  it("hands items over in order, waiting for the next when empty", async () => {
    const queue = new ClientQueue<number>({ capacity: 2, overflowError: () => overflow });
    queue.push(1);
    const first = await queue.take();
    const second = queue.take();
    queue.push(2);
    expect([first.value, (await second).value]).toEqual([1, 2]);
  });

  it("fails instead of growing past its capacity, and drops what it held", async () => {
    const queue = new ClientQueue<number>({ capacity: 2, overflowError: () => overflow });
    for (const item of [1, 2, 3, 4]) queue.push(item);
    expect(queue.size).toBe(0);
    expect(queue.ended).toBe(true);
    await expect(queue.take()).rejects.toBe(overflow);
  });

  it("keeps only the latest item when asked to", async () => {
    const queue = new ClientQueue<number>({ capacity: 2, keepLatest: true, overflowError: () => overflow });
    for (const item of [1, 2, 3, 4, 5]) queue.push(item);
    expect(queue.size).toBe(1);
    expect((await queue.take()).value).toBe(5);
  });

  it("ends a waiting take when closed", async () => {
    const queue = new ClientQueue<number>({ capacity: 2, overflowError: () => overflow });
    const waiting = queue.take();
    queue.close();
    expect(await waiting).toEqual({ done: true, value: undefined });
  });
});
