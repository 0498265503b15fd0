import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { env } from "../env";
import { t } from "../trpc/core";
import { LIVE_ROUTE_MAX_DURATION_SECONDS, LIVE_STREAM_MAX_MS } from "./live-limits";

describe("live stream limits", () => {
  it("end every stream within one access-token lifetime, and before the platform cuts the route", () => {
    const route = readFileSync(new URL("../../app/api/trpc/[trpc]/route.ts", import.meta.url), "utf8");
    const declared = Number(/export const maxDuration = (\d+);/.exec(route)?.[1]);
    expect(declared).toBe(LIVE_ROUTE_MAX_DURATION_SECONDS);
    expect(t._config.sse?.maxDurationMs).toBe(LIVE_STREAM_MAX_MS);
    expect(LIVE_STREAM_MAX_MS).toBeLessThan(declared * 1_000);
    expect(LIVE_STREAM_MAX_MS).toBeLessThanOrEqual(env.ACCESS_TOKEN_TTL_SECONDS * 1_000);
    expect(t._config.sse?.ping?.enabled).toBe(true);
  });
});
