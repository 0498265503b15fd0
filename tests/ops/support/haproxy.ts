// HAProxy (Debian's) in front of several app instances, as in production (deploy/haproxy.cfg
// holds the same rules for Compose): health-checked by readiness, client address passed on.
import { spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { waitFor } from "./ops-stack";

type Backend = { name: string; port: number };
// `statsPort`: HAProxy's own status page there (/stats;csv says which servers it counts as UP).
type Options = { statsPort?: number };

export function haproxyConfig(port: number, backends: Backend[], options: Options = {}): string {
  const stats = options.statsPort
    ? `frontend stats\n  bind 127.0.0.1:${options.statsPort}\n  stats enable\n  stats uri /stats\n`
    : "";
  return `global
  maxconn 4096
defaults
  mode http
  timeout connect 2s
  timeout client 1h
  timeout server 1h
  timeout http-keep-alive 10s
  timeout check 3s
  option redispatch
  retries 3
  retry-on conn-failure
frontend shop
  bind 127.0.0.1:${port}
  http-request set-header X-Real-IP %[src]
  default_backend web
backend web
  balance roundrobin
  option httpchk
  http-check send meth GET uri /api/health/ready ver HTTP/1.1 hdr Host localhost
  http-check expect status 200
  default-server inter 1s fall 2 rise 2
${backends.map((backend) => `  server ${backend.name} 127.0.0.1:${backend.port} check`).join("\n")}
${stats}`;
}

export async function startHaproxy(port: number, backends: Backend[], options: Options = {}) {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "shopfront-haproxy-")), "haproxy.cfg");
  writeFileSync(file, haproxyConfig(port, backends, options));
  const child = spawn("haproxy", ["-f", file, "-db"], { stdio: ["ignore", "pipe", "pipe"] });
  let log = "";
  child.stdout.on("data", (chunk: Buffer) => (log += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (log += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  await waitFor(
    async () => (await fetch(`${url}/api/health/live`).catch(() => null))?.ok === true,
    30_000,
    () => log,
  );
  return {
    url,
    stop: async () => {
      child.kill("SIGTERM");
      await once(child, "exit");
    },
  };
}

// HAProxy's view of each app server (from the status page on `statsPort`): its health and how
// many requests it is serving right now.
export async function proxyServers(statsPort: number): Promise<Map<string, { status: string; requests: number }>> {
  const [header = "", ...rows] = (await (await fetch(`http://127.0.0.1:${statsPort}/stats;csv`)).text())
    .trim()
    .split("\n");
  const columns = header.replace(/^# /, "").split(",");
  const servers = rows
    .map((row) => row.split(","))
    .map((cells) => (name: string) => cells[columns.indexOf(name)] ?? "")
    .filter((cell) => cell("pxname") === "web" && !["FRONTEND", "BACKEND"].includes(cell("svname")));
  return new Map(servers.map((cell) => [cell("svname"), { status: cell("status"), requests: Number(cell("scur")) }]));
}
