// Slow and big clients cost little: slow headers and slow bodies are cut off, a declared body
// over the cap is refused before a byte of it is read, and an endless streamed upload is cut
// off at the cap.
import { connect, type Socket } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SEED_ACCOUNTS } from "../../prisma/seed";
import { MAX_IMPORT_BYTES } from "../../server/http/body-limits";
import { startOpsStack, type AppProcess, type OpsStack } from "./support/ops-stack";
import { shopClient } from "./support/shop-client";

let stack: OpsStack;
let app: AppProcess;
beforeAll(async () => {
  stack = await startOpsStack(47160);
  app = await stack.startApp(47170);
});
afterAll(() => stack?.stop());

type Outcome = { closedAfterMs: number; response: string };

// Opens a raw connection, writes `head`, then trickles `drip` one byte every `everyMs`.
function trickle(head: string, drip: string, everyMs: number): Promise<Outcome> {
  return new Promise((resolve) => {
    const started = Date.now();
    const socket: Socket = connect(app.port, "127.0.0.1", () => socket.write(head));
    let response = "";
    let sent = 0;
    const timer = setInterval(() => {
      if (sent < drip.length && !socket.destroyed) socket.write(drip[sent++] ?? "");
    }, everyMs);
    socket.on("data", (chunk) => (response += chunk.toString()));
    socket.on("error", () => undefined);
    socket.on("close", () => {
      clearInterval(timer);
      resolve({ closedAfterMs: Date.now() - started, response });
    });
  });
}

// Sends a chunked body as fast as the server reads it, up to `maxBytes`, and stops when the
// server answers or closes the connection.
function endlessChunkedUpload(head: string, line: string, maxBytes: number): Promise<{ response: string; bytesSent: number }> {
  return new Promise((resolve) => {
    const chunk = Buffer.from(line.repeat(Math.ceil(64 * 1024 / line.length)));
    const frame = Buffer.concat([Buffer.from(`${chunk.length.toString(16)}\r\n`), chunk, Buffer.from("\r\n")]);
    let response = "";
    let bytesSent = 0;
    const socket: Socket = connect(app.port, "127.0.0.1", () => {
      socket.write(head);
      const pump = () => {
        while (!response && !socket.destroyed && bytesSent < maxBytes) {
          bytesSent += chunk.length;
          if (!socket.write(frame)) return void socket.once("drain", pump);
        }
      };
      pump();
    });
    socket.on("data", (data) => (response += data.toString()));
    socket.on("error", () => undefined);
    socket.on("close", () => resolve({ response, bytesSent }));
  });
}

describe("slow and big clients", () => {
  it("closes a connection whose headers never finish", async () => {
    const outcome = await trickle("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n", "X-Slow: " + "a".repeat(200), 1_000);
    expect(outcome.closedAfterMs).toBeLessThan(30_000);
    expect(outcome.response).not.toContain("200 OK");
  });

  it("closes a connection whose body trickles in", async () => {
    const body = JSON.stringify({ json: { email: "slow@shopfront.test", password: "x".repeat(40) } });
    const head = `POST /api/trpc/auth.signIn HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n`;
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

  it("cuts an endless chunked CSV import off at the cap with 413, without reading the rest", async () => {
    const admin = shopClient(app.url);
    await admin.signIn(SEED_ACCOUNTS.admin.email, SEED_ACCOUNTS.admin.password);
    const head = [
      "POST /api/admin/products/import HTTP/1.1",
      "Host: 127.0.0.1",
      `Origin: ${app.url}`,
      "Sec-Fetch-Site: same-origin",
      "Content-Type: text/csv",
      "Transfer-Encoding: chunked",
      `Cookie: ${admin.cookie()}`,
      "",
      "",
    ].join("\r\n");
    const csvHeader = "slug,name,description,price,stock,category,active,featured\n";
    const before = await stack.db.product.count();
    const outcome = await endlessChunkedUpload(
      `${head}${Buffer.byteLength(csvHeader).toString(16)}\r\n${csvHeader}\r\n`,
      // Long rows: the cap, not row-by-row checking, is what this measures.
      `brass-lamp,Brass Lamp,${"Warm and bright. ".repeat(250)},89.00,4,lighting,true,false\n`,
      100 * 1024 * 1024,
    );
    expect(outcome.response, `${outcome.bytesSent} bytes sent\n${app.log().slice(-3000)}`).toMatch(/^HTTP\/1\.1 413/);
    expect(outcome.response).toContain("PAYLOAD_TOO_LARGE");
    // The upload stopped near the cap (what sat in socket buffers aside), far short of 100 MiB.
    expect(outcome.bytesSent).toBeLessThan(MAX_IMPORT_BYTES * 3);
    expect(await stack.db.product.count()).toBe(before);
  });
});
