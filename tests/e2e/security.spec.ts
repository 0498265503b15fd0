import { SHOPPER, expect, signIn, test } from "./fixtures";

test("HTML responses carry a nonce CSP with strict-dynamic and the other security headers", async ({ page }) => {
  const response = await page.goto("/");
  const headers = response?.headers() ?? {};
  const csp = headers["content-security-policy"] ?? "";
  const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
  expect(nonce).toBeTruthy();
  expect(csp).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
  expect(csp).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("report-uri /api/csp-report");
  expect(csp).toContain("report-to csp-endpoint");
  expect(headers["reporting-endpoints"]).toBe(`csp-endpoint="${new URL("/api/csp-report", page.url()).toString()}"`);
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["strict-transport-security"]).toContain("max-age=");
  expect(headers["x-powered-by"]).toBeUndefined();
  expect(headers["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);

  const scripts = await page
    .locator("script")
    .evaluateAll((elements) => elements.map((el) => (el as HTMLScriptElement).nonce));
  expect(scripts.length).toBeGreaterThan(0);
  for (const scriptNonce of scripts) expect(scriptNonce).toBe(nonce);

  const second = await page.request.get("/");
  expect(second.headers()["content-security-policy"]).not.toContain(`'nonce-${nonce}'`);
});

test("an upstream request id is echoed back", async ({ request }) => {
  const response = await request.get("/api/health/live", { headers: { "x-request-id": "lb-request-000123" } });
  expect(response.headers()["x-request-id"]).toBe("lb-request-000123");
});

test("authenticated responses are private and not stored", async ({ page }) => {
  await signIn(page, SHOPPER);
  await expect(page).toHaveURL(/\/account$/);
  const response = await page.goto("/account");
  expect(response?.headers()["cache-control"]).toContain("no-store");
  expect(response?.headers()["cache-control"]).toContain("private");
  const cookies = await page.context().cookies();
  const access = cookies.find((cookie) => cookie.name.endsWith("sf_access"));
  expect(access?.httpOnly).toBe(true);
  expect(access?.sameSite).toBe("Lax");
  expect(access?.secure).toBe(true);
  expect(access?.name).toBe("__Host-sf_access");
});

test("bad input to a procedure is a typed 400 with field errors", async ({ request, baseURL }) => {
  const response = await request.post("/api/trpc/auth.signIn", {
    headers: { origin: new URL(baseURL ?? "").origin },
    data: { json: { email: "not-an-email", password: "" } },
  });
  expect(response.status()).toBe(400);
  const body = await response.json();
  expect(body.error.json.data.code).toBe("BAD_REQUEST");
  expect(Object.keys(body.error.json.data.zodError.fieldErrors)).toEqual(expect.arrayContaining(["email", "password"]));
  expect(JSON.stringify(body)).not.toMatch(/stack|\/work\/|node_modules/);
});
