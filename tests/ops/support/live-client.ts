// A live stream over real HTTP, as the browser's EventSource opens it for httpSubscriptionLink:
// GET with the superjson input, frames read as they arrive.
import { type IncomingMessage, request } from "node:http";
import superjson from "superjson";

export type LiveStreamClient = {
  response: IncomingMessage;
  // Resolves with everything read so far once it contains `text`.
  waitFor: (text: string | RegExp) => Promise<string>;
  text: () => string;
  close: () => void;
};

export async function openLiveStream(
  baseUrl: string,
  path: string,
  input: Record<string, unknown>,
  cookie: string,
): Promise<LiveStreamClient> {
  const url = new URL(`/api/trpc/${path}?input=${encodeURIComponent(superjson.stringify(input))}`, baseUrl);
  const req = request(url, { headers: { accept: "text/event-stream", cookie } });
  req.end();
  const response = await new Promise<IncomingMessage>((resolve, reject) => {
    req.once("response", resolve);
    req.once("error", reject);
  });
  let body = "";
  const waiters: Array<() => void> = [];
  response.on("data", (chunk: Buffer) => {
    body += chunk.toString();
    for (const wake of waiters.splice(0)) wake();
  });
  const matches = (text: string | RegExp) => (typeof text === "string" ? body.includes(text) : text.test(body));
  return {
    response,
    text: () => body,
    async waitFor(text) {
      while (!matches(text)) {
        await new Promise<void>((resolve, reject) => {
          waiters.push(resolve);
          response.once("end", () => (matches(text) ? resolve() : reject(new Error(`stream ended:\n${body}`))));
        });
      }
      return body;
    },
    close: () => req.destroy(),
  };
}

// The id of the last tracked event that carries `text` in its data.
export function lastEventIdWith(body: string, text: string): string {
  const frames = body.split("\n\n").filter((frame) => frame.includes(text));
  const id = /^id: (.+)$/m.exec(frames.at(-1) ?? "")?.[1];
  if (!id) throw new Error(`no tracked event with ${text} in:\n${body}`);
  return id;
}
