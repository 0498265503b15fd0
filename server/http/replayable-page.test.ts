// Recording a page as Node's response sends it, and replaying it under a new nonce, through a
// real HTTP server on loopback: the ways Next.js writes a response (headers set one by one or
// passed to writeHead as an object or a flat list; the body in chunks, gzip-encoded or not)
// and the responses that must never be kept.
import { createServer, request, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { promisify } from "node:util";
import { gunzipSync, gzip } from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import { type RecordedPage, recordPage, replayPage } from "./replayable-page";

const NONCE = "b2xkLW5vbmNlLTEyMzQ1Ng==";
const POLICY = `script-src 'self' 'nonce-${NONCE}' 'strict-dynamic'`;
const HTML = `<html><head><link rel="preload" nonce="${NONCE}"></head><body><script nonce="${NONCE}">self.__next_f.push([1,"{\\"nonce\\":\\"${NONCE}\\"}"])</script><p>Oak desk clock</p></body></html>`;

let server: Server | null = null;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

type Handler = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

// Serves one request with `handler`, recording its response; resolves with what was recorded.
async function recorded(handler: Handler, headers: Record<string, string> = {}): Promise<RecordedPage | null> {
  let recording: Promise<RecordedPage | null> = Promise.resolve(null);
  server = createServer((req, res) => {
    recording = recordPage(res);
    void handler(req, res);
  });
  await new Promise<void>((resolve) => server?.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  // A response cut off mid-way fails the fetch; what was recorded is what matters here.
  await fetch(`http://127.0.0.1:${port}/products/oak-desk-clock`, { headers })
    .then((response) => response.arrayBuffer())
    .catch(() => undefined);
  return recording;
}

const pageHeaders = (res: ServerResponse) => {
  res.setHeader("content-security-policy", POLICY);
  res.setHeader("link", `</font.woff2>; rel=preload; nonce="${NONCE}"`);
  res.setHeader("x-request-id", "original-request");
  res.setHeader("x-page-cache", "miss");
};

describe("recordPage", () => {
  it("records a page written in chunks, with headers set one by one and passed to writeHead", async () => {
    const page = await recorded((_req, res) => {
      pageHeaders(res);
      res.writeHead(200, { "Content-Type": "text/html; charset=utf-8", vary: "Accept-Encoding" });
      res.write(HTML.slice(0, 40));
      res.write(Buffer.from(HTML.slice(40, 90)));
      res.end(HTML.slice(90));
    });
    expect(page).toEqual({
      nonce: NONCE,
      body: HTML,
      headers: {
        "content-type": "text/html; charset=utf-8",
        vary: "Accept-Encoding",
        link: `</font.woff2>; rel=preload; nonce="${NONCE}"`,
      },
    });
  });

  it("records a gzip-encoded page as its text, and headers passed to writeHead as a flat list", async () => {
    const compressed = await promisify(gzip)(Buffer.from(HTML));
    const page = await recorded((_req, res) => {
      res.setHeader("content-security-policy", POLICY);
      res.writeHead(200, ["content-type", "text/html", "content-encoding", "gzip"]);
      res.end(compressed);
    });
    expect(page).toEqual({ nonce: NONCE, body: HTML, headers: { "content-type": "text/html" } });
  });

  const notKept: Array<[string, Handler]> = [
    [
      "a status other than 200",
      (_req, res) => {
        pageHeaders(res);
        res.writeHead(404, { "content-type": "text/html" }).end(HTML);
      },
    ],
    [
      "a response that sets a cookie",
      (_req, res) => {
        pageHeaders(res);
        res.setHeader("set-cookie", "sf_cart=abc; Path=/");
        res.writeHead(200, { "content-type": "text/html" }).end(HTML);
      },
    ],
    [
      "a response without a nonce in its policy",
      (_req, res) => {
        res.writeHead(200, { "content-type": "text/html", "content-security-policy": "default-src 'self'" }).end(HTML);
      },
    ],
    [
      "a response that is not HTML",
      (_req, res) => {
        pageHeaders(res);
        res.writeHead(200, { "content-type": "application/json" }).end("{}");
      },
    ],
    [
      "an encoding other than gzip",
      (_req, res) => {
        pageHeaders(res);
        res.writeHead(200, { "content-type": "text/html", "content-encoding": "br" }).end(HTML);
      },
    ],
    [
      "a page where a part failed after the status went out (React's error boundary marker)",
      (_req, res) => {
        pageHeaders(res);
        res.writeHead(200, { "content-type": "text/html" });
        res.end(HTML.replace("<p>", '<!--$!--><template data-dgst="1234567"></template><p>'));
      },
    ],
    [
      "a page whose Flight data carries an error's digest",
      (_req, res) => {
        pageHeaders(res);
        res.writeHead(200, { "content-type": "text/html" });
        res.end(HTML.replace("<p>", '<script>self.__next_f.push([1,"5:E{\\"digest\\":\\"1234567\\"}"])</script><p>'));
      },
    ],
    [
      "a response cut off before its end",
      (_req, res) => {
        pageHeaders(res);
        res.writeHead(200, { "content-type": "text/html" });
        res.write(HTML.slice(0, 40), () => res.destroy());
      },
    ],
  ];
  it.each(notKept)("keeps nothing of %s", async (_case, handler) => {
    expect(await recorded(handler)).toBeNull();
  });
});

describe("replayPage", () => {
  const page: RecordedPage = {
    nonce: NONCE,
    body: HTML,
    headers: { "content-type": "text/html; charset=utf-8", link: `</font.woff2>; rel=preload; nonce="${NONCE}"` },
  };
  const fresh = "bmV3LW5vbmNlLTY1NDMyMQ==";

  it("puts the new nonce wherever the recorded one was, in the body and the headers", async () => {
    const { response } = await replayed(page, fresh);
    const body = response.body.toString("utf8");
    expect(body).toBe(HTML.split(NONCE).join(fresh));
    expect(body).not.toContain(NONCE);
    expect(response.headers.link).toBe(`</font.woff2>; rel=preload; nonce="${fresh}"`);
    expect(response.headers["x-request-id"]).toBe("replayed-1");
    expect(response.headers["content-length"]).toBe(String(Buffer.byteLength(body)));
  });

  it.each([
    ["gzip, deflate, br", "gzip"],
    ["br;q=1.0, gzip;q=0.8", "gzip"],
    ["*", "gzip"],
    ["gzip;q=0", null],
    ["br", null],
    [undefined, null],
  ])("with Accept-Encoding %s, encodes the page as %s", async (acceptEncoding, expected) => {
    const { response } = await replayed(page, fresh, acceptEncoding);
    expect(response.headers["content-encoding"] ?? null).toBe(expected);
    const body = expected === "gzip" ? gunzipSync(response.body) : response.body;
    expect(body.toString("utf8")).toBe(HTML.split(NONCE).join(fresh));
  });
});

// The replay's raw bytes: fetch() would decode gzip itself and hide what came over the wire.
async function replayed(page: RecordedPage, nonce: string, acceptEncoding?: string) {
  server = createServer((req, res) => void replayPage(req, res, page, nonce, { "x-request-id": "replayed-1" }));
  await new Promise<void>((resolve) => server?.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return new Promise<{ response: { headers: IncomingMessage["headers"]; body: Buffer } }>((resolve, reject) => {
    const req = request(
      {
        port,
        host: "127.0.0.1",
        path: "/",
        headers: acceptEncoding === undefined ? {} : { "accept-encoding": acceptEncoding },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () => resolve({ response: { headers: res.headers, body: Buffer.concat(chunks) } }));
      },
    );
    req.on("error", reject);
    req.end();
  });
}
