// Sign-in rate limits through the real HTTP entry: per IP (from the trusted proxy header
// only) and per account with growing back-off; 429 with Retry-After.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { db } from "../db";
import { env } from "../env";
import { createUser } from "../../tests/factories/user.factory";
import { browserPost } from "../../tests/support/http";
import { POST as trpcPost } from "../../app/api/trpc/[trpc]/route";
import { PEER_IP_HEADER } from "../lib/peer-ip";
import { backOffSeconds, FREE_SIGN_IN_FAILURES } from "./auth.limits";

const signIn = (body: { email: string; password: string }, headers: Record<string, string> = {}) =>
  trpcPost(browserPost("/api/trpc/auth.signIn", { body: JSON.stringify({ json: body }), headers }));

beforeEach(() => {
  env.TRUSTED_PROXY_IP_HEADER = "x-real-ip";
});
afterEach(() => {
  env.TRUSTED_PROXY_IP_HEADER = undefined;
});

describe("sign-in back-off per account", () => {
  it("blocks the account after repeated failures, even with the right password, with Retry-After", async () => {
    const user = await createUser(db);
    for (let attempt = 1; attempt <= FREE_SIGN_IN_FAILURES; attempt++) {
      const response = await signIn(
        { email: user.email, password: `wrong-${attempt}-password` },
        { "x-real-ip": `10.0.0.${attempt}` },
      );
      expect(response.status).toBe(401);
    }
    const blocked = await signIn({ email: user.email, password: user.password }, { "x-real-ip": "10.0.0.99" });
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get("retry-after"))).toBeGreaterThan(0);
    const body = await blocked.json();
    expect(body.error.json.data.domainCode).toBe("RATE_LIMITED");
  });

  it("grows the block with every further failure, up to an hour", () => {
    expect([4, 5, 6, 7].map(backOffSeconds)).toEqual([0, 30, 60, 120]);
    expect(backOffSeconds(40)).toBe(3600);
  });

  it("treats unknown emails exactly like known ones", async () => {
    for (let attempt = 1; attempt <= FREE_SIGN_IN_FAILURES; attempt++) {
      await signIn(
        { email: "ghost@shopfront.test", password: "wrong-password-1" },
        { "x-real-ip": `10.1.0.${attempt}` },
      );
    }
    expect(
      (await signIn({ email: "ghost@shopfront.test", password: "wrong-password-1" }, { "x-real-ip": "10.1.0.50" }))
        .status,
    ).toBe(429);
  });
});

describe("sign-in limit per IP", () => {
  it("counts by the trusted header: a rotating X-Forwarded-For does not reset it", async () => {
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 31; attempt++) {
      const response = await signIn(
        { email: `someone-${attempt}@shopfront.test`, password: "wrong-password-1" },
        { "x-real-ip": "203.0.113.7", "x-forwarded-for": `198.51.100.${attempt}` },
      );
      statuses.push(response.status);
    }
    expect(statuses.slice(0, 30).every((status) => status === 401)).toBe(true);
    expect(statuses[30]).toBe(429);
    const otherClient = await signIn(
      { email: "someone@shopfront.test", password: "wrong-password-1" },
      { "x-real-ip": "203.0.113.8" },
    );
    expect(otherClient.status).toBe(401);
  });
});

// Without a trusted proxy, the production server passes each connection's own address.
describe("per-IP limits without a trusted proxy (the connection's own address)", () => {
  beforeEach(() => {
    Object.assign(env, { TRUSTED_PROXY_IP_HEADER: undefined, SHOPFRONT_PEER_IP_HEADER: "1" });
  });
  afterEach(() => {
    env.SHOPFRONT_PEER_IP_HEADER = undefined;
  });
  const from = (address: string) => ({ [PEER_IP_HEADER]: address });

  it("a flood of failed sign-ins from one address never locks out a shopper at another", async () => {
    const shopper = await createUser(db);
    for (let attempt = 0; attempt < 30; attempt++) {
      expect(
        (
          await signIn(
            { email: `made-up-${attempt}@shopfront.test`, password: "wrong-password-1" },
            from("198.51.100.9"),
          )
        ).status,
      ).toBe(401);
    }
    expect(
      (await signIn({ email: "made-up@shopfront.test", password: "wrong-password-1" }, from("198.51.100.9"))).status,
    ).toBe(429);
    expect((await signIn({ email: shopper.email, password: shopper.password }, from("203.0.113.20"))).status).toBe(200);
  });

  it("sign-up and password-reset requests from one address do not starve another", async () => {
    const post = (path: string, body: object, address: string) =>
      trpcPost(browserPost(`/api/trpc/${path}`, { body: JSON.stringify({ json: body }), headers: from(address) }));
    for (let attempt = 0; attempt < 10; attempt++) {
      await post(
        "auth.signUp",
        { email: `flood-${attempt}@shopfront.test`, name: "Flood", password: "lilac-umbrella-tango-31" },
        "198.51.100.10",
      );
      await post("auth.requestPasswordReset", { email: `flood-${attempt}@shopfront.test` }, "198.51.100.10");
    }
    expect(
      (
        await post(
          "auth.signUp",
          { email: "late@shopfront.test", name: "Late", password: "lilac-umbrella-tango-31" },
          "198.51.100.10",
        )
      ).status,
    ).toBe(429);
    expect((await post("auth.requestPasswordReset", { email: "late@shopfront.test" }, "198.51.100.10")).status).toBe(
      429,
    );
    expect(
      (
        await post(
          "auth.signUp",
          { email: "real@shopfront.test", name: "Real", password: "lilac-umbrella-tango-31" },
          "203.0.113.21",
        )
      ).status,
    ).toBe(200);
    expect((await post("auth.requestPasswordReset", { email: "real@shopfront.test" }, "203.0.113.21")).status).toBe(
      200,
    );
  });

  it("ignores the peer header unless the production server set the mode (a client cannot pick its bucket)", async () => {
    env.SHOPFRONT_PEER_IP_HEADER = undefined;
    const { clientIp } = await import("../lib/client-ip");
    expect(clientIp(new Headers(from("198.51.100.9")))).toBeNull();
  });
});
