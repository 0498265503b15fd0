// Access tokens: short-lived HS256 JWTs. Edge-safe (jose + Web APIs only) because both
// middleware.ts and the tRPC context verify them.
import { SignJWT, jwtVerify, errors as joseErrors } from "jose";

export const ACCESS_TOKEN_TYPE = "access";
export const JWT_AUDIENCE = "shopfront";
// A real access token is ~350 bytes; anything far larger is refused before parsing.
const MAX_TOKEN_LENGTH = 2048;
// User and session ids are UUIDs: a token naming anything else, even one signed with our key,
// is not a session (the database would refuse such an id, and the request would fail).
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type Role = "USER" | "ADMIN";
export type AccessClaims = { userId: string; sessionId: string; role: Role };

type KeyMaterial = { secret: string; issuer: string };

function key(secret: string): Uint8Array {
  return new TextEncoder().encode(secret);
}

export async function signAccessToken(
  claims: AccessClaims,
  options: KeyMaterial & { ttlSeconds: number; now?: Date },
): Promise<string> {
  const issuedAt = Math.floor((options.now ?? new Date()).getTime() / 1000);
  return new SignJWT({ sid: claims.sessionId, role: claims.role, typ: ACCESS_TOKEN_TYPE })
    .setProtectedHeader({ alg: "HS256", typ: "JWT" })
    .setSubject(claims.userId)
    .setIssuer(options.issuer)
    .setAudience(JWT_AUDIENCE)
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + options.ttlSeconds)
    .setJti(crypto.randomUUID())
    .sign(key(options.secret));
}

// Returns the claims, or null for any token that is not a valid, current access token.
export async function verifyAccessToken(token: string, options: KeyMaterial): Promise<AccessClaims | null> {
  if (token.length === 0 || token.length > MAX_TOKEN_LENGTH) return null;
  try {
    const { payload } = await jwtVerify(token, key(options.secret), {
      algorithms: ["HS256"],
      issuer: options.issuer,
      audience: JWT_AUDIENCE,
      typ: "JWT",
      requiredClaims: ["sub", "sid", "iat", "exp", "typ"],
    });
    // Refresh and email tokens are not JWTs here, but any other JWT type is refused too.
    if (payload.typ !== ACCESS_TOKEN_TYPE) return null;
    const role = payload.role;
    if (typeof payload.sub !== "string" || typeof payload.sid !== "string") return null;
    if (!UUID.test(payload.sub) || !UUID.test(payload.sid)) return null;
    if (role !== "USER" && role !== "ADMIN") return null;
    return { userId: payload.sub, sessionId: payload.sid, role };
  } catch (error) {
    if (error instanceof joseErrors.JOSEError || error instanceof TypeError) return null;
    throw error;
  }
}
