// The baseline: a plain node:http SSE server holding a Set of open responses; a broadcast
// writes one `id:`/`data:` frame to each. No queue, no backpressure handling, nothing else.
import type { ServerResponse } from "node:http";
import type { FanOut } from "./realtime-fan-out";

export function rawSseServer(): FanOut {
  const subscribers = new Set<ServerResponse>();
  return {
    handle: (req, res) => {
      if (req.url !== "/events") {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache" });
      res.write(": connected\n\n");
      subscribers.add(res);
      res.on("close", () => subscribers.delete(res));
    },
    broadcast: (event, seq) => {
      const frame = `id: ${seq}\ndata: ${JSON.stringify(event)}\n\n`;
      for (const res of subscribers) res.write(frame);
      return undefined;
    },
  };
}
