// Boots Next.js's request handler from the standalone build this file is bundled into (the
// same configuration Next's own standalone server.js uses), without Next's HTTP server.
import "server-only";
import { readFileSync } from "node:fs";
import path from "node:path";
import next from "next";
import type { RequestHandler } from "./http-server";
import { setNextStandaloneEnvironment } from "./launcher-env";

export async function loadNextHandler(options: {
  dir: string;
  hostname: string;
  port: number;
}): Promise<RequestHandler> {
  const { config } = JSON.parse(
    readFileSync(path.join(options.dir, ".next", "required-server-files.json"), "utf8"),
  ) as { config: Record<string, unknown> };
  setNextStandaloneEnvironment(config);
  const app = next({
    dev: false,
    dir: options.dir,
    hostname: options.hostname,
    port: options.port,
    conf: config as never,
    customServer: true,
  });
  await app.prepare();
  return app.getRequestHandler();
}
