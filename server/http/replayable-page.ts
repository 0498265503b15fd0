// A page response recorded as Next.js sends it, to be sent again later with a fresh CSP nonce
// (server/catalog/product-page-cache.ts). The nonce Next.js stamped on its scripts is replaced
// wherever it occurs by one made for the replay: each response still carries a nonce nobody
// saw before it, and markup cannot have guessed it, because the recorded one did not exist
// until the page was rendered.
import "server-only";
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";
import { promisify } from "node:util";
import { gunzip, gzip } from "node:zlib";

export type RecordedPage = { nonce: string; headers: Record<string, string | string[]>; body: string };

// Larger pages are not kept: a product page is about 60 KB.
const MAX_RECORDED_BYTES = 1024 * 1024;
// Set afresh for each response (x-page-cache says "miss" on the recorded one), or by Node itself.
const NOT_REPLAYED = new Set([
  "content-security-policy",
  "reporting-endpoints",
  "x-request-id",
  "x-page-cache",
  "date",
  "connection",
  "keep-alive",
  "transfer-encoding",
  "content-length",
  "content-encoding",
]);
const NONCE_IN_POLICY = /'nonce-([^']+)'/;
// A part of the page that failed after the status went out still sends a 200: React marks the
// boundary it fell back in (data-dgst) and the Flight data carries the error's digest. Such a
// page is never kept, or a passing failure would be shown to every visitor until it expires.
const ERROR_MARKERS = ["data-dgst", '"digest"', '\\"digest\\"'];

type Chunk = string | Uint8Array;
type Write = (chunk: Chunk, ...rest: unknown[]) => boolean;
type End = (chunk?: Chunk | (() => void), ...rest: unknown[]) => ServerResponse;
type WriteHead = (status: number, ...rest: unknown[]) => ServerResponse;

// Resolves with the page once the response has gone out whole as a 200 HTML page under a
// nonce policy, setting no cookie and showing no error, gzip-encoded or not; otherwise null.
export function recordPage(res: ServerResponse): Promise<RecordedPage | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  let tooLarge = false;
  const keep = (chunk: unknown, encoding: unknown) => {
    if (tooLarge || (typeof chunk !== "string" && !(chunk instanceof Uint8Array))) return;
    const copy =
      typeof chunk === "string"
        ? Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8")
        : Buffer.from(chunk);
    size += copy.length;
    tooLarge = size > MAX_RECORDED_BYTES;
    if (tooLarge) chunks.length = 0;
    else chunks.push(copy);
  };
  // Next.js passes some headers to writeHead itself, where getHeaders() does not see them.
  const headers: OutgoingHttpHeaders = {};
  const writeHead = res.writeHead.bind(res) as WriteHead;
  res.writeHead = ((status: number, ...rest: unknown[]) => {
    const passed = rest.find((value) => typeof value === "object" && value !== null);
    Object.assign(headers, res.getHeaders(), headerObject(passed));
    return writeHead(status, ...rest);
  }) as ServerResponse["writeHead"];
  const write = res.write.bind(res) as Write;
  res.write = ((chunk: Chunk, ...rest: unknown[]) => {
    keep(chunk, rest[0]);
    return write(chunk, ...rest);
  }) as ServerResponse["write"];
  const end = res.end.bind(res) as End;
  res.end = ((chunk?: Chunk | (() => void), ...rest: unknown[]) => {
    keep(chunk, rest[0]);
    return end(chunk, ...rest);
  }) as ServerResponse["end"];

  return new Promise((resolve) => {
    res.once("close", () => {
      if (!res.writableFinished || tooLarge || res.statusCode !== 200) return resolve(null);
      Object.assign(headers, res.getHeaders());
      decoded(headers, Buffer.concat(chunks)).then(resolve, () => resolve(null));
    });
  });
}

async function decoded(headers: OutgoingHttpHeaders, bytes: Buffer): Promise<RecordedPage | null> {
  const nonce = NONCE_IN_POLICY.exec(String(headers["content-security-policy"] ?? ""))?.[1];
  const encoding = String(headers["content-encoding"] ?? "identity");
  if (!nonce || headers["set-cookie"] !== undefined || !String(headers["content-type"]).startsWith("text/html")) {
    return null;
  }
  if (encoding !== "identity" && encoding !== "gzip") return null;
  const body = (encoding === "gzip" ? await promisify(gunzip)(bytes) : bytes).toString("utf8");
  if (ERROR_MARKERS.some((marker) => body.includes(marker))) return null;
  const kept: RecordedPage["headers"] = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined || NOT_REPLAYED.has(name)) continue;
    kept[name] = Array.isArray(value) ? value : String(value);
  }
  return { nonce, headers: kept, body };
}

// writeHead's headers come as an object or as a flat [name, value, name, value] list.
function headerObject(passed: unknown): OutgoingHttpHeaders {
  if (!Array.isArray(passed))
    return Object.fromEntries(Object.entries(passed ?? {}).map(([k, v]) => [k.toLowerCase(), v]));
  const headers: OutgoingHttpHeaders = {};
  for (let index = 0; index + 1 < passed.length; index += 2)
    headers[String(passed[index]).toLowerCase()] = passed[index + 1];
  return headers;
}

// The recorded page under `nonce`, with `fresh` headers (the policy naming that nonce, the
// request id), gzip-encoded when the client accepts it.
export async function replayPage(
  req: IncomingMessage,
  res: ServerResponse,
  page: RecordedPage,
  nonce: string,
  fresh: Record<string, string>,
): Promise<void> {
  const withNonce = (text: string) => text.split(page.nonce).join(nonce);
  const headers: OutgoingHttpHeaders = {};
  for (const [name, value] of Object.entries(page.headers)) {
    headers[name] = Array.isArray(value) ? value.map(withNonce) : withNonce(value);
  }
  let body = Buffer.from(withNonce(page.body), "utf8");
  if (acceptsGzip(req.headers["accept-encoding"])) {
    body = await promisify(gzip)(body);
    headers["content-encoding"] = "gzip";
  }
  res.writeHead(200, { ...headers, ...fresh, "content-length": body.length });
  res.end(body);
}

function acceptsGzip(acceptEncoding: string | undefined): boolean {
  return (acceptEncoding ?? "").split(",").some((entry) => {
    const [coding, ...params] = entry.trim().toLowerCase().split(";");
    const refused = params.some((param) => /^\s*q=0(\.0*)?\s*$/.test(param));
    return (coding === "gzip" || coding === "*") && !refused;
  });
}
