// A local stand-in for Resend's HTTP API (POST /emails, POST /emails/batch, GET /emails,
// GET /emails/:id). It honours Idempotency-Key as Resend does: the same key returns the first
// answer and stores nothing new. Used by `npm run dev` and by the test suites; the app shows
// what it captured at /dev/mail.
import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";

export type CapturedEmail = {
  id: string;
  from: string;
  to: string[];
  subject: string;
  html: string;
  text: string;
  idempotencyKey: string | null;
  createdAt: string;
};

const MAX_BODY_BYTES = 1_000_000;

function readJson(request: IncomingMessage): Promise<unknown> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) reject(new Error("body too large"));
      else chunks.push(chunk);
    });
    request.on("end", () => {
      try {
        resolve(JSON.parse(Buffer.concat(chunks).toString("utf8") || "null"));
      } catch (error) {
        reject(error);
      }
    });
    request.on("error", reject);
  });
}

function send(response: ServerResponse, status: number, body: unknown) {
  response.writeHead(status, { "content-type": "application/json" });
  response.end(JSON.stringify(body));
}

function toEmail(input: unknown, idempotencyKey: string | null): CapturedEmail | null {
  if (typeof input !== "object" || input === null) return null;
  const body = input as Record<string, unknown>;
  const to = Array.isArray(body.to) ? body.to.map(String) : typeof body.to === "string" ? [body.to] : [];
  if (typeof body.from !== "string" || to.length === 0 || typeof body.subject !== "string") return null;
  return {
    id: randomUUID(),
    from: body.from,
    to,
    subject: body.subject,
    html: typeof body.html === "string" ? body.html : "",
    text: typeof body.text === "string" ? body.text : "",
    idempotencyKey,
    createdAt: new Date().toISOString(),
  };
}

type Controls = { emails: CapturedEmail[]; outage: { remainingRequests: number }; latency: { ms: number } };

export function createMailCaptureServer(): { server: Server } & Controls {
  const emails: CapturedEmail[] = [];
  const byKey = new Map<string, string>();
  // Lets tests (and a curious developer) simulate a provider outage for the next N sends.
  const outage = { remainingRequests: 0 };
  // And a slow provider: each send is held this long before it is accepted.
  const latency = { ms: 0 };

  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? "/", "http://capture.local");
    try {
      if (request.method === "POST" && (url.pathname === "/emails" || url.pathname === "/emails/batch")) {
        if (outage.remainingRequests > 0) {
          outage.remainingRequests -= 1;
          return send(response, 503, { name: "service_unavailable", message: "simulated outage", statusCode: 503 });
        }
        const key = request.headers["idempotency-key"];
        const idempotencyKey = typeof key === "string" ? key : null;
        const remembered = idempotencyKey ? byKey.get(idempotencyKey) : undefined;
        if (remembered) return send(response, 200, JSON.parse(remembered));
        const body = await readJson(request);
        if (latency.ms > 0) await new Promise((resolve) => setTimeout(resolve, latency.ms));
        const items = url.pathname === "/emails/batch" && Array.isArray(body) ? body : [body];
        const captured = items.map((item) => toEmail(item, idempotencyKey));
        if (captured.some((email) => email === null)) {
          return send(response, 422, {
            name: "validation_error",
            message: "from, to and subject are required",
            statusCode: 422,
          });
        }
        emails.push(...(captured as CapturedEmail[]));
        const answer =
          url.pathname === "/emails/batch"
            ? { data: captured.map((email) => ({ id: email?.id })) }
            : { id: captured[0]?.id };
        if (idempotencyKey) byKey.set(idempotencyKey, JSON.stringify(answer));
        return send(response, 200, answer);
      }
      if (request.method === "GET" && url.pathname === "/emails") {
        return send(response, 200, { object: "list", data: [...emails].reverse() });
      }
      if (request.method === "GET" && url.pathname.startsWith("/emails/")) {
        const email = emails.find((candidate) => candidate.id === url.pathname.slice("/emails/".length));
        return email ? send(response, 200, email) : send(response, 404, { name: "not_found", statusCode: 404 });
      }
      if (request.method === "DELETE" && url.pathname === "/emails") {
        emails.length = 0;
        byKey.clear();
        return send(response, 200, { deleted: true });
      }
      send(response, 404, { name: "not_found", statusCode: 404 });
    } catch {
      send(response, 400, { name: "invalid_request", statusCode: 400 });
    }
  });
  return { server, emails, outage, latency };
}

export async function startMailCaptureServer(
  port: number,
): Promise<{ url: string; stop: () => Promise<void> } & Controls> {
  const { server, emails, outage, latency } = createMailCaptureServer();
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", resolve);
  });
  const address = server.address();
  const boundPort = typeof address === "object" && address ? address.port : port;
  return {
    url: `http://127.0.0.1:${boundPort}`,
    emails,
    outage,
    latency,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
