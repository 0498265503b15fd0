// The repo's own PM2 (a dev dependency) with its home in a temporary directory, so a test or a
// benchmark never touches the user's PM2 daemon, processes or logs. The daemon is started by the
// first command with the given environment (PM2 hands it to the apps) and ended by `kill`.
import { spawn } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { OPS_AUTH_SECRET, OPS_WEBHOOK_SECRET, type OpsStack } from "./ops-stack";

const pm2Cli = createRequire(import.meta.url).resolve("pm2/bin/pm2");

export function privatePm2(env: Record<string, string | undefined>) {
  const home = mkdtempSync(path.join(tmpdir(), "shopfront-pm2-"));
  const fullEnv: NodeJS.ProcessEnv = { ...env, NODE_ENV: "production", PM2_HOME: home };

  // Resolves with the command's stdout (`jlist` prints JSON there, notices go to stderr).
  function run(...args: string[]): Promise<string> {
    return new Promise((resolve, reject) => {
      const child = spawn(process.execPath, [pm2Cli, ...args, "--no-color"], {
        env: fullEnv,
        stdio: ["ignore", "pipe", "pipe"],
      });
      let stdout = "";
      let stderr = "";
      child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
      child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
      child.once("exit", (code) =>
        code === 0
          ? resolve(stdout)
          : reject(new Error(`pm2 ${args.join(" ")} exited with ${code}\n${stdout}${stderr}`)),
      );
    });
  }

  return {
    home,
    run,
    // The last lines of every log: the daemon's (starts, "New worker listening", stops,
    // kills) and each app's output and errors.
    logTails(lines = 30): string {
      const files = [
        path.join(home, "pm2.log"),
        ...readdirSync(path.join(home, "logs")).map((name) => path.join(home, "logs", name)),
      ];
      return files
        .map((file) => `--- ${path.basename(file)}\n${readFileSync(file, "utf8").split("\n").slice(-lines).join("\n")}`)
        .join("\n");
    },
    // An app's standard output, one string per line (PM2 merges its instances' output).
    outputLines(app: string): string[] {
      return readFileSync(path.join(home, "logs", `${app}-out.log`), "utf8").split("\n");
    },
    async kill() {
      await run("kill").catch(() => undefined);
      rmSync(home, { recursive: true, force: true });
    },
  };
}

// The shipped ecosystem.config.cjs's processes (two web instances on `webPort`, the bundled
// worker) against an ops stack, in a production environment, not this shell's: only what the
// app and PM2 need, plus `extra`.
export function shopPm2(stack: OpsStack, webPort: number, extra: Record<string, string> = {}) {
  return privatePm2({
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    WEB_INSTANCES: "2",
    WEB_HOSTNAME: "127.0.0.1",
    PORT: String(webPort),
    DATABASE_URL: stack.databaseUrl,
    REDIS_URL: `redis://127.0.0.1:${stack.redisPort}`,
    RESEND_BASE_URL: stack.mail.url,
    AUTH_SECRET: OPS_AUTH_SECRET,
    APP_URL: `http://127.0.0.1:${webPort}`,
    PAYMENT_WEBHOOK_SECRETS: OPS_WEBHOOK_SECRET,
    NEXT_TELEMETRY_DISABLED: "1",
    ...extra,
  });
}
