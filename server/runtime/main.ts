// `node .next/standalone/shopfront-server.cjs`: the production server (containers, PM2, the
// e2e and benchmark runs). Next.js renders; server/runtime adds timeouts, body caps, the
// client's address and a graceful drain. Built by `npm run build` (scripts/build-server.ts).
import "server-only";
import path from "node:path";
import { setWarmingUp } from "../lib/lifecycle";
import { drainAndExit } from "./drain";
import { answeredByNodeRoute } from "../http/node-routes";
import { type RequestHandler, createShopServer } from "./http-server";
import { launcherSettings, setAppEnvironment } from "./launcher-env";
import { loadNextHandler } from "./next-app";
import { routeLabeler } from "./route-labels";
import { warmUp } from "./warm-up";

const dir = path.resolve(__dirname);
process.chdir(dir);
setAppEnvironment();

const { port, hostname, graceMs, deregisterMs } = launcherSettings();
const log = (message: string, fields: Record<string, unknown> = {}) =>
  console.log(
    JSON.stringify({
      level: 30,
      time: new Date().toISOString(),
      service: "shopfront",
      pid: process.pid,
      msg: `server ${message}`,
      ...fields,
    }),
  );

async function start(): Promise<void> {
  const nextHandler = await loadNextHandler({ dir, hostname, port });
  const handle: RequestHandler = async (req, res) => {
    if (await answeredByNodeRoute(req, res)) return;
    return nextHandler(req, res);
  };
  const shop = createShopServer(handle, routeLabeler(path.join(dir, ".next")));
  setWarmingUp(true);
  let stopping = false;
  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      void drainAndExit(shop, { graceMs, deregisterMs, log });
    });
  }
  shop.server.once("error", (error) => {
    console.error(`Shopfront could not listen on ${hostname}:${port}: ${error.message}`);
    process.exit(1);
  });
  shop.server.listen(port, hostname, async () => {
    log("listening", { url: `http://${hostname}:${port}` });
    const local = hostname === "0.0.0.0" || hostname === "::" ? "127.0.0.1" : hostname;
    log("warm", await warmUp(`http://${local.includes(":") ? `[${local}]` : local}:${port}`));
    setWarmingUp(false);
    // PM2 (wait_ready) starts stopping the old instance only once this one says so.
    process.send?.("ready");
  });
}

start().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
