// Two production instances (the standalone build) behind HAProxy on the ops-test stack, as in
// tests/ops/two-instances.ops.test.ts, for the resilience bench. An instance is replaced the
// way a deploy does it: SIGTERM (it drains), then a fresh process on the same port (the old one
// closed its listener at once). HAProxy's status page tells when it sends traffic to it.
import { connect } from "node:net";
import { startHaproxy } from "../../tests/ops/support/haproxy";
import { startOpsStack, waitFor, type AppProcess } from "../../tests/ops/support/ops-stack";

// Ports 49000-49099: PostgreSQL, Redis and mail capture at 49000-49002.
const PORTS = { stack: 49000, proxy: 49010, stats: 49011, a: 49020, b: 49021 } as const;
const PUBLIC_URL = `http://127.0.0.1:${PORTS.proxy}`;
const APP_ENV = {
  APP_URL: PUBLIC_URL,
  TRUSTED_PROXY_IP_HEADER: "x-real-ip",
  // Every shopper signs in from this one address: 30 sign-ins per 15 minutes is not enough.
  RATE_LIMIT_IP_SCALE: "50",
  SHUTDOWN_GRACE_SECONDS: "25",
  JOBS_IN_PROCESS: "false",
};

export type InstanceName = "a" | "b";
// HAProxy's view of one server and its counters since HAProxy started.
export type ProxyServer = {
  name: string;
  status: string;
  lastCheck: string;
  retries: number;
  redispatches: number;
  connectionErrors: number;
  responseErrors: number;
};

// Columns of HAProxy's CSV: svname 1, econ 13, eresp 14, wretr 15, wredis 16, status 17, check_status 36.
async function proxyServers(): Promise<ProxyServer[]> {
  const csv = await (await fetch(`http://127.0.0.1:${PORTS.stats}/stats;csv`)).text();
  return csv
    .split("\n")
    .map((line) => line.split(","))
    .filter((columns) => columns[0] === "web" && (columns[1] === "a" || columns[1] === "b"))
    .map((columns) => ({
      name: columns[1] ?? "",
      status: columns[17] ?? "",
      lastCheck: columns[36] ?? "",
      connectionErrors: Number(columns[13]),
      responseErrors: Number(columns[14]),
      retries: Number(columns[15]),
      redispatches: Number(columns[16]),
    }));
}

// Until HAProxy counts the instance as UP and sends it traffic. Its last check passed too: a
// server is UP from HAProxy's start until a first check fails.
const waitUpInProxy = (name: InstanceName, describe: () => string) =>
  waitFor(
    async () =>
      (await proxyServers()).some(
        (server) => server.name === name && server.status === "UP" && server.lastCheck === "L7OK",
      ),
    90_000,
    describe,
  );

// Whether something listens on the port: a TCP connection is accepted, not refused.
function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, "127.0.0.1");
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

export async function startCluster() {
  const stack = await startOpsStack(PORTS.stack);
  const start = (name: InstanceName) => stack.startApp(PORTS[name], APP_ENV);
  let proxy: Awaited<ReturnType<typeof startHaproxy>> | undefined;
  let apps: Record<InstanceName, AppProcess>;
  try {
    apps = { a: await start("a"), b: await start("b") };
    proxy = await startHaproxy(
      PORTS.proxy,
      [
        { name: "a", port: PORTS.a },
        { name: "b", port: PORTS.b },
      ],
      { statsPort: PORTS.stats },
    );
    await Promise.all([waitUpInProxy("a", apps.a.log), waitUpInProxy("b", apps.b.log)]);
  } catch (error) {
    // PostgreSQL, Redis and HAProxy run detached from this process: stop them, or they outlive it.
    await proxy?.stop();
    await stack.stop();
    throw error;
  }
  const stopProxy = proxy.stop;

  return {
    stack,
    url: PUBLIC_URL,
    app: (name: InstanceName) => apps[name],
    proxyServers,
    // The error lines (pino level 50) the current instances logged since `since`, by message: a
    // 500 is explained here.
    errorsLoggedSince(since: Date): Record<string, number> {
      const counts: Record<string, number> = {};
      for (const line of [apps.a.log(), apps.b.log()].join("\n").split("\n")) {
        if (!line.startsWith('{"level":50')) continue;
        const entry = JSON.parse(line) as { time: string; msg?: string; err?: { type?: string; message?: string } };
        if (new Date(entry.time) < since) continue;
        const key = `${entry.msg ?? ""}: ${entry.err?.type ?? ""} ${(entry.err?.message ?? "").replace(/\s+/g, " ").slice(0, 240)}`;
        counts[key] = (counts[key] ?? 0) + 1;
      }
      return counts;
    },
    // SIGTERM: the instance drains and exits; resolves then, with its exit code and when.
    sigterm(name: InstanceName): Promise<{ code: number | null; at: number; log: string }> {
      const app = apps[name];
      const exit = app.exited.then((code) => ({ code, at: performance.now(), log: app.log() }));
      app.child.kill("SIGTERM");
      return exit;
    },
    // A fresh process on the instance's port, once the draining one has closed its listener
    // (so the fresh one can bind it, and its health check cannot reach the old one).
    async startFresh(name: InstanceName): Promise<void> {
      await waitFor(async () => !(await accepts(PORTS[name])), 30_000, apps[name].log);
      apps[name] = await start(name);
    },
    // Until HAProxy sends the fresh process shop traffic: counts it UP after passing checks, and
    // the process has logged a tRPC request (only the proxied traffic sends those).
    async waitServingThroughProxy(name: InstanceName): Promise<void> {
      await waitUpInProxy(name, apps[name].log);
      await waitFor(async () => apps[name].log().includes('"msg":"request"'), 30_000, apps[name].log);
    },
    async stop() {
      await stopProxy();
      await stack.stop();
    },
  };
}

export type Cluster = Awaited<ReturnType<typeof startCluster>>;
