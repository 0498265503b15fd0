// Cross-site mutations are refused before any procedure runs; oversized bodies and batches too.
import { describe, expect, it } from "vitest";
import { db } from "../db";
import { createUser } from "../../tests/factories/user.factory";
import { APP_ORIGIN, browserPost } from "../../tests/support/http";
import { GET as trpcGet, POST as trpcPost } from "../../app/api/trpc/[trpc]/route";

const signInBody = (email: string, password: string) => JSON.stringify({ json: { email, password } });

describe("CSRF guard on the tRPC entry", () => {
  it.each([
    ["another site", { origin: "https://evil.example", "sec-fetch-site": "cross-site" }],
    ["a look-alike origin", { origin: "http://localhost:3000.evil.example" }],
    ["another port", { origin: "http://localhost:3001" }],
    ["https instead of http", { origin: "https://localhost:3000" }],
    ["the opaque null origin", { origin: "null" }],
    ["a sibling subdomain", { origin: APP_ORIGIN, "sec-fetch-site": "same-site" }],
    ["Sec-Fetch-Site cross-site with a forged Origin", { origin: APP_ORIGIN, "sec-fetch-site": "cross-site" }],
  ])("refuses a mutation from %s with 403 and changes nothing", async (_label, headers) => {
    const user = await createUser(db);
    const response = await trpcPost(
      browserPost("/api/trpc/auth.signIn", { body: signInBody(user.email, user.password), headers }),
    );
    expect(response.status).toBe(403);
    expect(await db.session.count()).toBe(0);
  });

  it("refuses a mutation that carries neither Origin nor Sec-Fetch-Site", async () => {
    const request = new Request(`${APP_ORIGIN}/api/trpc/auth.signIn`, {
      method: "POST",
      body: signInBody("a@b.co", "x"),
      headers: { "content-type": "application/json" },
    });
    expect((await trpcPost(request)).status).toBe(403);
  });

  it("accepts the same origin", async () => {
    const user = await createUser(db);
    const response = await trpcPost(
      browserPost("/api/trpc/auth.signIn", { body: signInBody(user.email, user.password) }),
    );
    expect(response.status).toBe(200);
  });

  it("never runs a mutation over GET", async () => {
    const input = encodeURIComponent(JSON.stringify({ json: { email: "a@b.co", password: "x" } }));
    const response = await trpcGet(new Request(`${APP_ORIGIN}/api/trpc/auth.signIn?input=${input}`));
    expect(response.status).toBe(405);
  });
});

describe("request size caps", () => {
  it("refuses a body over 64 KiB with 413", async () => {
    const response = await trpcPost(
      browserPost("/api/trpc/auth.signIn", {
        body: JSON.stringify({ json: { email: "a@b.co", password: "x".repeat(70_000) } }),
      }),
    );
    expect(response.status).toBe(413);
  });

  it("refuses a lying Content-Length too, by counting bytes", async () => {
    const body = JSON.stringify({ json: { email: "a@b.co", password: "x".repeat(70_000) } });
    const response = await trpcPost(
      browserPost("/api/trpc/auth.signIn", { body, headers: { "content-length": "10" } }),
    );
    expect(response.status).toBe(413);
  });

  it("refuses a batch of more than 10 calls", async () => {
    const paths = Array.from({ length: 11 }, () => "category.list").join(",");
    const input = encodeURIComponent(
      JSON.stringify(Object.fromEntries(Array.from({ length: 11 }, (_, index) => [index, {}]))),
    );
    const response = await trpcGet(new Request(`${APP_ORIGIN}/api/trpc/${paths}?batch=1&input=${input}`));
    expect(response.status).toBe(400);
    const ten = Array.from({ length: 10 }, () => "category.list").join(",");
    const tenInput = encodeURIComponent(
      JSON.stringify(Object.fromEntries(Array.from({ length: 10 }, (_, index) => [index, {}]))),
    );
    expect((await trpcGet(new Request(`${APP_ORIGIN}/api/trpc/${ten}?batch=1&input=${tenInput}`))).status).toBe(200);
  });
});
