import { afterEach, describe, expect, it, vi } from "vitest";
import { logger } from "./logger";
import { throttledLog } from "./throttled-log";

afterEach(() => vi.restoreAllMocks());

describe("throttledLog", () => {
  it("logs the first failure, then one line per interval saying how many it left out", () => {
    const warn = vi.spyOn(logger, "warn").mockImplementation(() => undefined);
    const log = throttledLog("warn", "cache unavailable", 1_000);
    for (let at = 0; at < 2_500; at += 100) log({ key: `k${at}` }, at);
    expect(warn.mock.calls).toEqual([
      [{ key: "k0" }, "cache unavailable"],
      [{ key: "k1000", leftOut: 9 }, "cache unavailable"],
      [{ key: "k2000", leftOut: 9 }, "cache unavailable"],
    ]);
  });
});
