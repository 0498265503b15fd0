// Slow and big clients cost little: slow headers and slow bodies are cut off, and a declared
// body over the cap is refused before a byte of it is read.
import { connect, type Socket } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startOpsStack, type AppProcess, type OpsStack } from "./support/ops-stack";

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
});
