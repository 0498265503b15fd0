// Slow and big clients cost little: slow headers and slow bodies are cut off, a declared body
// over the cap is refused before a byte of it is read, and an endless streamed upload is cut
// off at the cap.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SEED_ACCOUNTS } from "../../prisma/seed";
import { MAX_IMPORT_BYTES } from "../../server/http/body-limits";
import { startOpsStack, type AppProcess, type OpsStack } from "./support/ops-stack";
import { IMPORT_ROW, endlessChunkedUpload, importUploadHead, trickle as trickleTo } from "./support/raw-clients";
import { shopClient } from "./support/shop-client";

let stack: OpsStack;
let app: AppProcess;
beforeAll(async () => {
  stack = await startOpsStack(27160);
  app = await stack.startApp(27170);
});
afterAll(() => stack?.stop());

const trickle = (head: string, drip: string, everyMs: number) =>
  trickleTo({ host: "127.0.0.1", port: app.port }, head, drip, everyMs);

describe("slow and big clients", () => {
  it("closes a connection whose headers never finish", async () => {
    const outcome = await trickle("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n", `X-Slow: ${"a".repeat(200)}`, 1_000);
    expect(outcome.closedAfterMs).toBeLessThan(30_000);
    expect(outcome.response).not.toContain("200 OK");
  });

  it("closes a connection whose body trickles in", async () => {
    const body = JSON.stringify({ json: { email: "slow@shopfront.test", password: "x".repeat(40) } });
    // Same-origin, as a browser's sign-in is: the route then waits for the body (a cross-site
    // one is refused at once, before its body).
    const head = `POST /api/trpc/auth.signIn HTTP/1.1\r\nHost: 127.0.0.1\r\nOrigin: ${app.url}\r\nSec-Fetch-Site: same-origin\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n`;
    const outcome = await trickle(head, body, 1_000);
    expect(outcome.closedAfterMs).toBeLessThan(30_000);
    expect(outcome.response).toMatch(/^HTTP\/1\.1 408/);
  });

  it("refuses a declared body over the cap with 413 before reading it, and closes the connection", async () => {
    const head = `POST /api/trpc/auth.signIn HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${100 * 1024 * 1024}\r\n\r\n`;
    // Nothing of the body is ever sent: the answer must come anyway.
    const outcome = await trickle(head, "", 1_000);
    expect(outcome.response).toMatch(/^HTTP\/1\.1 413/);
    expect(outcome.response.toLowerCase()).toContain("connection: close");
    expect(outcome.closedAfterMs).toBeLessThan(10_000);
  });

  it("cuts an endless chunked CSV import off at the cap with 413, keeping none of the rest", async () => {
    const admin = shopClient(app.url);
    await admin.signIn(SEED_ACCOUNTS.admin.email, SEED_ACCOUNTS.admin.password);
    const before = await stack.db.product.count();
    // Long rows: the cap, not row-by-row checking, is what this measures.
    const outcome = await endlessChunkedUpload(
      { host: "127.0.0.1", port: app.port },
      importUploadHead(app.url, admin.cookie()),
      IMPORT_ROW,
      100 * 1024 * 1024,
    );
    expect(outcome.response, `${outcome.bytesSent} bytes sent\n${app.log().slice(-3000)}`).toMatch(/^HTTP\/1\.1 413/);
    expect(outcome.response).toContain("PAYLOAD_TOO_LARGE");
    // The upload stopped near the cap (what sat in socket buffers aside), far short of 100 MiB.
    expect(outcome.bytesSent).toBeLessThan(MAX_IMPORT_BYTES * 3);
    expect(await stack.db.product.count()).toBe(before);
  });
});
