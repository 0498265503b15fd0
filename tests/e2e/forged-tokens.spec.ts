// Middleware and tRPC refuse every kind of bad access token, in the production build.
import { SignJWT, UnsecuredJWT } from "jose";
import { expect, test } from "./fixtures";

const E2E_SECRET = new TextEncoder().encode("e2e-only-auth-secret-0123456789abcdef0123");
const OTHER_SECRET = new TextEncoder().encode("some-other-secret-0123456789abcdef0123");

function claims(issuer: string) {
  return new SignJWT({ sid: "00000000-0000-7000-8000-000000000000", role: "ADMIN", typ: "access" })
    .setSubject("00000000-0000-7000-8000-000000000001")
    .setIssuer(issuer)
    .setAudience("shopfront");
}

async function forgedTokens(issuer: string): Promise<[string, string][]> {
  const now = Math.floor(Date.now() / 1000);
  return [
    [
      "alg none",
      new UnsecuredJWT({ sid: "x", role: "ADMIN", typ: "access" })
        .setSubject("x")
        .setIssuer(issuer)
        .setAudience("shopfront")
        .setIssuedAt()
        .setExpirationTime("10m")
        .encode(),
    ],
    [
      "wrong key",
      await claims(issuer)
        .setProtectedHeader({ alg: "HS256", typ: "JWT" })
        .setIssuedAt()
        .setExpirationTime("10m")
        .sign(OTHER_SECRET),
    ],
    [
      "wrong algorithm",
      await claims(issuer)
        .setProtectedHeader({ alg: "HS512", typ: "JWT" })
        .setIssuedAt()
        .setExpirationTime("10m")
        .sign(E2E_SECRET),
    ],
    [
      "expired",
      await claims(issuer)
        .setProtectedHeader({ alg: "HS256", typ: "JWT" })
        .setIssuedAt(now - 3600)
        .setExpirationTime(now - 60)
        .sign(E2E_SECRET),
    ],
    [
      "wrong issuer",
      await claims("https://evil.example")
        .setProtectedHeader({ alg: "HS256", typ: "JWT" })
        .setIssuedAt()
        .setExpirationTime("10m")
        .sign(E2E_SECRET),
    ],
  ];
}

test("forged access tokens get no further than the sign-in page, and tRPC sees nobody", async ({
  page,
  context,
  baseURL,
}) => {
  const origin = new URL(baseURL ?? "");
  for (const [label, token] of await forgedTokens(origin.origin)) {
    await context.clearCookies();
    await context.addCookies([
      {
        name: "__Host-sf_access",
        value: token,
        domain: origin.hostname,
        path: "/",
        secure: true,
        httpOnly: true,
        sameSite: "Lax",
      },
    ]);
    await page.goto("/admin");
    await expect(page, label).toHaveURL(/\/login\?next=%2Fadmin/);
    const viewer = await page.request.get("/api/trpc/auth.viewer");
    expect((await viewer.json()).result.data.json, label).toBeNull();
  }
});
