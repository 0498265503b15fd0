// The deployment files, checked offline (there is no Docker engine here): the Dockerfile and
// compose.yaml by their linters (dockerfile-utils, dclint, Debian's docker-compose), HAProxy's
// config by `haproxy -c`, and each file against what the app actually needs: the start
// commands are the files `npm run build` writes, the environment Compose gives web and worker
// passes the app's own env schema (server/env.ts), and every timeout fits the drain.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { validate } from "dockerfile-utils";
import { parse } from "yaml";
import { describe, expect, it, vi } from "vitest";
import { devOnlyPackages } from "../../deploy/prune-standalone";
import { STANDALONE_ENTRIES } from "../../scripts/lib/standalone-bundle";

const root = path.resolve(import.meta.dirname, "../..");
const read = (file: string) => readFileSync(path.join(root, file), "utf8");
const require = createRequire(import.meta.url);

type Instruction = { keyword: string; args: string };
type Stage = { name: string; instructions: Instruction[] };

// Stages and their instructions (continuation lines joined, comments dropped).
function dockerfileStages(text: string): Stage[] {
  const lines = text
    .replace(/\\\n/g, " ")
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith("#"));
  const stages: Stage[] = [];
  for (const line of lines) {
    const [keyword = "", ...rest] = line.split(/\s+/);
    const instruction = { keyword: keyword.toUpperCase(), args: rest.join(" ") };
    if (instruction.keyword === "FROM") stages.push({ name: /\sAS\s+(\S+)$/i.exec(line)?.[1] ?? "", instructions: [] });
    stages.at(-1)?.instructions.push(instruction);
  }
  return stages;
}

const dockerfile = read("Dockerfile");
const stages = dockerfileStages(dockerfile);
const stage = (name: string) => stages.find((candidate) => candidate.name === name) ?? expect.fail(`no stage ${name}`);
const args = (of: Stage, keyword: string) =>
  of.instructions.filter((instruction) => instruction.keyword === keyword).map((instruction) => instruction.args);
const jsonForm = (value: string) => JSON.parse(value) as string[];
// ENV lines in the KEY=VALUE form.
const envOf = (of: Stage) =>
  Object.fromEntries(
    args(of, "ENV").flatMap((line) => line.split(/\s+/).map((pair) => pair.split("=") as [string, string])),
  );
const runtime = stages.at(-1) ?? expect.fail("empty Dockerfile");
const graceSeconds = Number(envOf(runtime).SHUTDOWN_GRACE_SECONDS);

type Service = {
  build?: { target: string };
  image?: string;
  command?: string[];
  depends_on?: Record<string, { condition: string }>;
  environment?: Record<string, string | null>;
  healthcheck?: { test?: string[]; disable?: boolean };
  deploy?: { replicas?: number };
  restart?: string;
  stop_grace_period?: string;
  volumes?: string[];
};
const compose = parse(read("compose.yaml"), { merge: true }) as { services: Record<string, Service> };
const service = (name: string) => compose.services[name] ?? expect.fail(`no service ${name}`);

// Values for the variables compose.yaml requires from the operator (`${NAME:?message}`).
const OPERATOR_ENV = {
  AUTH_SECRET: "a-production-secret-of-at-least-32-chars",
  POSTGRES_PASSWORD: "db-password",
  S3_SECRET_ACCESS_KEY: "s3-secret-key",
};

// Compose's interpolation: ${NAME:?error} and ${NAME} from the operator, ${NAME:-default}, $$.
function interpolate(value: string, shell: Record<string, string>): string {
  return value
    .replace(/\$\{(\w+)(?::([?-])([^}]*))?\}/g, (_, name: string, kind?: string, fallback?: string) => {
      const set = shell[name];
      if (set !== undefined) return set;
      if (kind === "-") return fallback ?? "";
      throw new Error(`compose.yaml needs ${name}: ${fallback ?? ""}`);
    })
    .replace(/\$\$/g, "$");
}

// What the process sees: the image's ENV, then the service's environment; a variable listed
// without a value is unset unless the operator's shell has it (here it has none of them).
function containerEnv(name: string): Record<string, string> {
  const listed = Object.entries(service(name).environment ?? {}).filter(
    (entry): entry is [string, string] => entry[1] !== null,
  );
  return {
    ...envOf(runtime),
    ...Object.fromEntries(listed.map(([key, value]) => [key, interpolate(String(value), OPERATOR_ENV)])),
  };
}

// Validates `vars` as the whole environment with the app's schema (server/env.ts parses at import).
async function appEnv(vars: Record<string, string>) {
  const saved = process.env;
  process.env = { ...vars } as NodeJS.ProcessEnv;
  try {
    vi.resetModules();
    return (await import("../../server/env")).env;
  } finally {
    process.env = saved;
  }
}

describe("Dockerfile", () => {
  it("passes dockerfile-utils lint", () => {
    expect(validate(dockerfile).map((problem) => `${problem.range.start.line + 1}: ${problem.message}`)).toEqual([]);
  });

  it("ends with the runtime image: Node 22 slim, the standalone server, non-root, liveness health check", () => {
    expect(runtime.name).toBe("runtime");
    expect(dockerfile).toMatch(/^ARG NODE_IMAGE=node:22\.[\d.]+-\w+-slim$/m);
    expect(args(runtime, "CMD").map(jsonForm)).toEqual([["node", STANDALONE_ENTRIES.server]]);
    expect(args(runtime, "USER")).toEqual(["node"]);
    const [healthcheck = ""] = args(runtime, "HEALTHCHECK");
    expect(jsonForm(healthcheck.slice(healthcheck.indexOf("CMD ") + 4))).toEqual([
      "node",
      "healthcheck.mjs",
      "/api/health/live",
    ]);
    expect(read("deploy/healthcheck.mjs")).toContain('process.argv[2] ?? "/api/health/live"');
  });

  it("ships only the pruned standalone build in the final image: no npm install, no build tools, no dev dependencies", () => {
    expect(args(runtime, "RUN").join("\n")).not.toMatch(/npm|apt-get|apk/);
    const fromOtherStages = args(runtime, "COPY").filter((line) => line.startsWith("--from="));
    expect(fromOtherStages).toEqual(["--from=build /app/.next/standalone ./"]);
    expect(args(stage("build"), "RUN").join("\n")).toContain("npx tsx deploy/prune-standalone.ts . .next/standalone");
    // Pruned: every devDependency no production package needs (TypeScript, which Next's file
    // tracer copies in); kept: sharp, a devDependency here but Next's own image optimizer.
    const pruned = devOnlyPackages(JSON.parse(read("package.json")), JSON.parse(read("package-lock.json")));
    expect(pruned).toEqual(expect.arrayContaining(["typescript", "vitest", "pm2", "dclint"]));
    expect(pruned).not.toContain("sharp");
  });

  it("has a one-shot migrate target on production dependencies only", () => {
    const migrate = stage("migrate");
    expect(args(stage("migrate-deps"), "RUN").join("\n")).toContain("npm ci --omit=dev");
    expect(args(migrate, "CMD").map(jsonForm)).toEqual([["node", "--import", "tsx", "deploy/migrate.ts"]]);
    expect(args(migrate, "USER")).toEqual(["node"]);
  });

  it("copies only files that exist and that .dockerignore lets into the build context", () => {
    const ignored = read(".dockerignore")
      .split("\n")
      .filter((line) => line && !line.startsWith("#") && !line.startsWith("!"));
    const sources = stages.flatMap((of) =>
      args(of, "COPY")
        .filter((line) => !line.startsWith("--from="))
        .flatMap((line) => line.split(/\s+/).slice(0, -1)),
    );
    expect(sources.length).toBeGreaterThan(5);
    for (const source of sources.filter((candidate) => candidate !== ".")) {
      expect(existsSync(path.join(root, source)), source).toBe(true);
      expect(
        ignored.filter((pattern) => source === pattern || source.startsWith(`${pattern}/`)),
        source,
      ).toEqual([]);
    }
  });
});

describe("compose.yaml", () => {
  // The linters are separate processes: seconds each on a busy machine.
  it("passes dclint with no warnings", { timeout: 30_000 }, () => {
    const dclint = path.join(path.dirname(require.resolve("dclint/package.json")), "bin/dclint.cjs");
    const result = spawnSync(
      process.execPath,
      [dclint, "compose.yaml", "-c", "deploy/dclint.yaml", "--max-warnings", "0", "--color", "false"],
      { cwd: root, encoding: "utf8" },
    );
    expect(result.stdout + result.stderr).not.toMatch(/error|warning/);
    expect(result.status).toBe(0);
  });

  it("passes `docker-compose config -q`, which refuses to run without the operator's secrets", {
    timeout: 30_000,
  }, () => {
    const run = (env: Record<string, string>) =>
      spawnSync("docker-compose", ["-f", "compose.yaml", "config", "-q"], {
        cwd: root,
        encoding: "utf8",
        env: { ...process.env, ...env },
      });
    const withSecrets = run(OPERATOR_ENV);
    if (withSecrets.error)
      expect.fail(
        "docker-compose is missing: apt-get install --no-install-recommends docker-compose (scripts/test.sh does)",
      );
    expect(withSecrets.stderr).toBe("");
    expect(withSecrets.status).toBe(0);
    const withoutAuthSecret = run({ ...OPERATOR_ENV, AUTH_SECRET: "" });
    expect(withoutAuthSecret.status).not.toBe(0);
    expect(withoutAuthSecret.stderr).toContain("set AUTH_SECRET");
  });

  it("runs PostgreSQL 17, Redis 7, MinIO, a one-shot migrate, two web replicas, the worker and HAProxy", () => {
    expect(service("postgres").image).toMatch(/^postgres:17\b/);
    expect(service("redis").image).toMatch(/^redis:7\b/);
    expect(service("minio").image).toMatch(/^minio\/minio:RELEASE\./);
    expect(service("migrate").build?.target).toBe("migrate");
    expect(service("web").build?.target).toBe(runtime.name);
    expect(service("web").deploy?.replicas).toBe(2);
    expect(service("worker").build?.target).toBe(runtime.name);
    expect(service("worker").command).toEqual(["node", STANDALONE_ENTRIES.worker]);
    expect(service("haproxy").volumes).toContain("./deploy/haproxy.cfg:/usr/local/etc/haproxy/haproxy.cfg:ro");
  });

  it("starts each service after what it needs is healthy, or has completed for one-shot jobs", () => {
    const imageHealthcheck = args(runtime, "HEALTHCHECK").length > 0;
    for (const [name, { depends_on: dependencies = {} }] of Object.entries(compose.services)) {
      for (const [dependency, { condition }] of Object.entries(dependencies)) {
        const target = service(dependency);
        if (condition === "service_completed_successfully") {
          expect(target.restart, `${name} → ${dependency}`).toBe("no");
          continue;
        }
        expect(condition, `${name} → ${dependency}`).toBe("service_healthy");
        const checked = target.healthcheck
          ? !target.healthcheck.disable && (target.healthcheck.test?.length ?? 0) > 0
          : target.build?.target === runtime.name && imageHealthcheck;
        expect(checked, `${dependency} has a health check`).toBe(true);
      }
    }
    expect(Object.keys(service("web").depends_on ?? {})).toEqual(
      expect.arrayContaining(["migrate", "postgres", "redis"]),
    );
    expect(Object.keys(service("worker").depends_on ?? {})).toEqual(expect.arrayContaining(["migrate", "postgres"]));
  });

  it("gives web and worker longer to stop than the drain takes", () => {
    expect(graceSeconds).toBe(25);
    for (const name of ["web", "worker"])
      expect(Number.parseInt(service(name).stop_grace_period ?? "10s", 10)).toBeGreaterThan(graceSeconds);
  });

  it("gives web and worker an environment the app's env schema accepts, jobs in the worker only", async () => {
    for (const name of ["web", "worker"]) {
      const env = await appEnv(containerEnv(name));
      expect(env.NODE_ENV).toBe("production");
      expect(env.DATABASE_URL).toBe("postgresql://shopfront:db-password@postgres:5432/shopfront");
      expect(env.JOBS_IN_PROCESS).toBe("false");
      expect(env.TRUSTED_PROXY_IP_HEADER).toBe("x-real-ip");
      expect(env.S3_BUCKET).toBe("shopfront-media");
    }
  });

  it("would notice a variable the schema requires going missing", async () => {
    const { DATABASE_URL: _removed, ...withoutDatabase } = containerEnv("worker");
    await expect(appEnv(withoutDatabase)).rejects.toThrow(/DATABASE_URL/);
  });
});

describe("deploy/haproxy.cfg", () => {
  it("is valid for HAProxy and routes by readiness", { timeout: 30_000 }, () => {
    const result = spawnSync("haproxy", ["-c", "-f", "deploy/haproxy.cfg"], { cwd: root, encoding: "utf8" });
    if (result.error) expect.fail("haproxy is missing: apt-get install haproxy (scripts/test.sh does)");
    expect(result.status, result.stdout + result.stderr).toBe(0);
    expect(read("deploy/haproxy.cfg")).toContain("http-check send meth GET uri /api/health/ready");
  });
});

describe("ecosystem.config.cjs (PM2)", () => {
  type App = {
    name: string;
    script: string;
    exec_mode: string;
    wait_ready?: boolean;
    listen_timeout?: number;
    kill_timeout: number;
    env: Record<string, string>;
  };
  const { apps } = require("../../ecosystem.config.cjs") as { apps: App[] };
  const app = (name: string) => apps.find((candidate) => candidate.name === name) ?? expect.fail(`no app ${name}`);

  it("runs the standalone server in cluster mode and the bundled worker, both given the whole drain before SIGKILL", () => {
    const web = app("shopfront-web");
    expect(web.script).toBe(`.next/standalone/${STANDALONE_ENTRIES.server}`);
    expect(web.exec_mode).toBe("cluster");
    expect(web.wait_ready).toBe(true);
    expect(web.listen_timeout).toBeGreaterThan(15_000);
    expect(Number(web.env.SHUTDOWN_GRACE_SECONDS)).toBe(graceSeconds);
    expect(web.env.JOBS_IN_PROCESS).toBe("false");
    const worker = app("shopfront-worker");
    expect(worker.script).toBe(`.next/standalone/${STANDALONE_ENTRIES.worker}`);
    for (const each of [web, worker]) expect(each.kill_timeout).toBeGreaterThan(graceSeconds * 1000);
  });
});

describe("README, Run in production", () => {
  it("documents every variable of the env schema in its environment table", () => {
    const schemaSources = read("server/edge-env.ts") + read("server/env.ts");
    const variables = [...schemaSources.matchAll(/^\s+([A-Z][A-Z0-9_]+): z\b/gm)].map((match) => match[1]);
    expect(variables.length).toBeGreaterThan(20);
    const readme = read("README.md");
    const section = readme.slice(
      readme.indexOf("## Run in production"),
      readme.indexOf("\n## ", readme.indexOf("## Run in production") + 1),
    );
    const tableRows = section.split("\n").filter((line) => line.startsWith("| `"));
    expect(variables.filter((name) => !tableRows.some((row) => row.split("|")[1]?.includes(`\`${name}\``)))).toEqual(
      [],
    );
  });
});
