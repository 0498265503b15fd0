// When building a request's context fails (the session check), no procedure middleware runs:
// the tRPC entry itself must log the failure, and an outage is still 503 with Retry-After.
import { afterEach, describe, expect, it, vi } from "vitest";
import { ACCESS_COOKIE } from "@/server/auth/cookies";
import { logger } from "@/server/lib/logger";
import { APP_ORIGIN } from "@/tests/support/http";

const sessionCheck = vi.hoisted(() => ({ failure: null as Error | null }));
vi.mock("@/server/auth/session.service", async (importOriginal) => {
  const original = await importOriginal<typeof import("@/server/auth/session.service")>();
  return {
    ...original,
    sessionStillValid: async (...args: Parameters<typeof original.sessionStillValid>) => {
      if (sessionCheck.failure) throw sessionCheck.failure;
      return original.sessionStillValid(...args);
    },
  };
});

const { GET } = await import("@/app/api/trpc/[trpc]/route");
const { issueAccessToken } = await import("@/server/auth/session.service");

async function signedInGet(path: string) {
  const token = await issueAccessToken({ userId: crypto.randomUUID(), sessionId: crypto.randomUUID(), role: "USER" });
  return GET(
    new Request(`${APP_ORIGIN}${path}`, {
      headers: { cookie: `${ACCESS_COOKIE}=${token}`, "x-request-id": "req-context-failure" },
    }),
  );
}

afterEach(() => {
  sessionCheck.failure = null;
  vi.restoreAllMocks();
});

describe("a failure while building the request context", () => {
  it("is logged with the procedure and the request id (it answers 500)", async () => {
    const error = vi.spyOn(logger, "error").mockImplementation(() => undefined);
    sessionCheck.failure = new Error("session store exploded");
    const response = await signedInGet("/api/trpc/account.get");
    expect(response.status).toBe(500);
    expect(error).toHaveBeenCalledWith(
      expect.objectContaining({ path: "account.get", requestId: "req-context-failure" }),
      "tRPC request failed",
    );
  });

  it("answers 503 with Retry-After when the database cannot be reached for the session check", async () => {
    vi.spyOn(logger, "error").mockImplementation(() => undefined);
    sessionCheck.failure = new Error("timeout exceeded when trying to connect");
    const response = await signedInGet("/api/trpc/account.get");
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("5");
    expect(await response.json()).toMatchObject({ error: { json: { data: { code: "SERVICE_UNAVAILABLE" } } } });
  });
});
