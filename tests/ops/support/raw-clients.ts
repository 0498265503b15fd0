// Misbehaving HTTP clients on raw sockets: one that trickles its request a byte at a time, and
// one that streams an endless chunked body. Used by the slow-clients ops test and the
// resilience bench's big-clients scenario.
import { connect, type Socket } from "node:net";

export type Target = { host: string; port: number };
export type TrickleOutcome = { closedAfterMs: number; response: string };

// Opens a raw connection, writes `head`, then trickles `drip` one byte every `everyMs`.
export function trickle(target: Target, head: string, drip: string, everyMs: number): Promise<TrickleOutcome> {
  return new Promise((resolve) => {
    const started = Date.now();
    const socket: Socket = connect(target.port, target.host, () => socket.write(head));
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

// Sends a chunked body as fast as the server reads it (or at most `bytesPerSecond`, as a real
// client's link allows), up to `maxBytes`, and stops when the server answers or closes the
// connection. Once an answer starts it hangs up itself half a second later: a proxy in
// between may keep the connection open, waiting for the rest of the body.
export function endlessChunkedUpload(
  target: Target,
  head: string,
  line: string,
  maxBytes: number,
  bytesPerSecond = Number.POSITIVE_INFINITY,
): Promise<{ response: string; bytesSent: number }> {
  return new Promise((resolve) => {
    const chunk = Buffer.from(line.repeat(Math.ceil((64 * 1024) / line.length)));
    const frame = Buffer.concat([Buffer.from(`${chunk.length.toString(16)}\r\n`), chunk, Buffer.from("\r\n")]);
    let response = "";
    let bytesSent = 0;
    const started = performance.now();
    const socket: Socket = connect(target.port, target.host, () => {
      socket.write(head);
      const pump = () => {
        while (!response && !socket.destroyed && bytesSent < maxBytes) {
          if (bytesSent > ((performance.now() - started) / 1000) * bytesPerSecond) return void setTimeout(pump, 5);
          bytesSent += chunk.length;
          if (!socket.write(frame)) return void socket.once("drain", pump);
        }
      };
      pump();
    });
    socket.on("data", (data) => {
      if (!response) setTimeout(() => socket.destroy(), 500).unref();
      response += data.toString();
    });
    socket.on("error", () => undefined);
    socket.on("close", () => resolve({ response, bytesSent }));
  });
}

// The start of an endless product CSV import by a signed-in admin: headers, then the CSV's
// header row as the first chunk; every further chunk repeats IMPORT_ROW.
export const IMPORT_ROW = `brass-lamp,Brass Lamp,${"Warm and bright. ".repeat(250)},89.00,4,lighting,true,false\n`;
export function importUploadHead(origin: string, cookie: string): string {
  const head = [
    "POST /api/admin/products/import HTTP/1.1",
    "Host: 127.0.0.1",
    `Origin: ${origin}`,
    "Sec-Fetch-Site: same-origin",
    "Content-Type: text/csv",
    "Transfer-Encoding: chunked",
    `Cookie: ${cookie}`,
    "",
    "",
  ].join("\r\n");
  const csvHeader = "slug,name,description,price,stock,category,active,featured\n";
  return `${head}${Buffer.byteLength(csvHeader).toString(16)}\r\n${csvHeader}\r\n`;
}
