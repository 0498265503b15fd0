import { SignJWT, UnsecuredJWT } from "jose";
import { describe, expect, it } from "vitest";
import { JWT_AUDIENCE, signAccessToken, verifyAccessToken } from "./jwt";

const secret = "unit-test-secret-0123456789abcdef0123";
const issuer = "http://localhost:3000";
const userId = "0192f1c4-8f5e-7d2a-9b1c-3e4f5a6b7c8d";
const sessionId = "0192f1c4-9a00-7b2a-8c1d-2e3f4a5b6c7d";
const claims = { userId, sessionId, role: "USER" as const };
const keyOf = (value: string) => new TextEncoder().encode(value);

function forged(overrides: {
  alg?: string;
  key?: string;
  payload?: Record<string, unknown>;
  typHeader?: string;
  iat?: number;
  exp?: number;
  nbf?: number;
  iss?: string;
  aud?: string;
  sub?: string;
}) {
  const now = Math.floor(Date.now() / 1000);
  const jwt = new SignJWT({ sid: sessionId, role: "USER", typ: "access", ...overrides.payload })
    .setProtectedHeader({ alg: overrides.alg ?? "HS256", typ: overrides.typHeader ?? "JWT" })
    .setSubject(overrides.sub ?? userId)
    .setIssuer(overrides.iss ?? issuer)
    .setAudience(overrides.aud ?? JWT_AUDIENCE)
    .setIssuedAt(overrides.iat ?? now)
    .setExpirationTime(overrides.exp ?? now + 600);
  if (overrides.nbf !== undefined) jwt.setNotBefore(overrides.nbf);
  return jwt.sign(keyOf(overrides.key ?? secret));
}

const verify = (token: string) => verifyAccessToken(token, { secret, issuer });

describe("access tokens", () => {
  it("accepts its own token and returns the claims", async () => {
    const token = await signAccessToken(claims, { secret, issuer, ttlSeconds: 600 });
    expect(await verify(token)).toEqual(claims);
  });

  it("carries sub, sid, iat, exp, iss, aud and typ", async () => {
    const token = await signAccessToken(claims, { secret, issuer, ttlSeconds: 600 });
    const payload = JSON.parse(Buffer.from(token.split(".")[1] ?? "", "base64url").toString());
    expect(payload).toMatchObject({ sub: userId, sid: sessionId, iss: issuer, aud: JWT_AUDIENCE, typ: "access" });
    expect(payload.exp - payload.iat).toBe(600);
  });

  it("rejects alg:none", async () => {
    const token = new UnsecuredJWT({ sid: sessionId, role: "USER", typ: "access" })
      .setSubject(userId)
      .setIssuer(issuer)
      .setAudience(JWT_AUDIENCE)
      .setIssuedAt()
      .setExpirationTime("10m")
      .encode();
    expect(await verify(token)).toBeNull();
  });

  it("rejects another algorithm with the same key", async () => {
    expect(await verify(await forged({ alg: "HS512" }))).toBeNull();
  });

  it("rejects a token signed with another key", async () => {
    expect(await verify(await forged({ key: "another-secret-0123456789abcdef0123" }))).toBeNull();
  });

  it("rejects an expired token", async () => {
    const past = Math.floor(Date.now() / 1000) - 3600;
    expect(await verify(await forged({ iat: past - 600, exp: past }))).toBeNull();
  });

  it("rejects a token that is not valid yet (future nbf)", async () => {
    expect(await verify(await forged({ nbf: Math.floor(Date.now() / 1000) + 3600 }))).toBeNull();
  });

  it.each([
    ["issuer", { iss: "https://evil.example" }],
    ["audience", { aud: "someone-else" }],
    ["token type", { payload: { typ: "refresh" } }],
    ["email token type", { payload: { typ: "email-verification" } }],
    ["header type", { typHeader: "at+jwt" }],
    ["role", { payload: { role: "SUPERUSER" } }],
  ])("rejects a wrong %s", async (_label, overrides) => {
    expect(await verify(await forged(overrides))).toBeNull();
  });

  it("accepts a token forged with every default (so the rejections above test one change each)", async () => {
    expect(await verify(await forged({}))).toEqual(claims);
  });

  // Validly signed, but naming no possible session: the database would refuse the id.
  it.each([
    ["session id", { payload: { sid: "not-a-uuid" } }],
    ["session id with a NUL", { payload: { sid: `${sessionId}\u0000` } }],
    ["numeric session id", { payload: { sid: 42 } }],
    ["user id", { sub: "user-1" }],
    ["user id with SQL", { sub: "' OR 1=1 --" }],
  ])("rejects a %s that is not a UUID", async (_label, overrides) => {
    expect(await verify(await forged(overrides))).toBeNull();
  });

  it("rejects a truncated or bit-flipped signature", async () => {
    const token = await signAccessToken(claims, { secret, issuer, ttlSeconds: 600 });
    expect(await verify(token.slice(0, -4))).toBeNull();
    const signature = Buffer.from(token.split(".")[2] ?? "", "base64url");
    signature[0] = (signature[0] ?? 0) ^ 0x01;
    const flipped = `${token.split(".").slice(0, 2).join(".")}.${signature.toString("base64url")}`;
    expect(await verify(flipped)).toBeNull();
  });

  it("rejects an oversized token without parsing it", async () => {
    expect(await verify(await forged({ payload: { padding: "x".repeat(4000) } }))).toBeNull();
  });

  it("rejects a refresh token or an email token used as an access token", async () => {
    const opaque = Buffer.from(crypto.getRandomValues(new Uint8Array(32))).toString("base64url");
    expect(await verify(opaque)).toBeNull();
    expect(await verify(await forged({ payload: { typ: "refresh" } }))).toBeNull();
  });

  it("rejects garbage", async () => {
    for (const junk of ["", "a.b.c", "not a jwt", "....."]) expect(await verify(junk)).toBeNull();
  });
});
