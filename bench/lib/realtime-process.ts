// Starts one fan-out server (bench/lib/realtime-server.ts) as its own Node process, pinned to
// core 1 when taskset exists, with its open-file limit raised to the hard limit so it can hold
// ten thousand streams, and --expose-gc so /stats can collect before measuring.
import { spawn, spawnSync } from "node:child_process";
import { once } from "node:events";
import { readFileSync } from "node:fs";
import { createInterface } from "node:readline";

export const SERVER_CORE = 1;
export const LOAD_CORE = 0;

export const tasksetAvailable = spawnSync("taskset", ["--version"], { stdio: "ignore" }).status === 0;

// Pins a running process (the load generator, Redis) to the other core.
export function pinToLoadCore(pid: number): void {
  if (tasksetAvailable) spawnSync("taskset", ["-pc", String(LOAD_CORE), String(pid)], { stdio: "ignore" });
}

// This process's soft limit (Node raises it to the hard limit at start-up).
export function openFileLimit(): number {
  const line = readFileSync("/proc/self/limits", "utf8")
    .split("\n")
    .find((row) => row.startsWith("Max open files"));
  return Number(line?.split(/\s+/)[3] ?? 0);
}

export type FanOutProcess = { port: number; stop: () => Promise<void> };

// profileDir: each server writes its CPU profiles (--cpu-prof) to <profileDir>/<mode>/ when stopped.
export async function startFanOutServer(
  mode: string,
  env: Record<string, string>,
  profileDir?: string,
): Promise<FanOutProcess> {
  const pin = tasksetAvailable ? `taskset -c ${SERVER_CORE} ` : "";
  // A directory per server, Node's own file names: tsx's loader thread writes a profile too, and
  // one fixed name would let it overwrite the main thread's.
  const profile = profileDir ? `--cpu-prof --cpu-prof-dir=${profileDir}/${mode} ` : "";
  const command = `ulimit -n "$(ulimit -Hn)" && exec ${pin}node --expose-gc ${profile}--import tsx bench/lib/realtime-server.ts ${mode}`;
  const child = spawn("bash", ["-c", command], {
    env: { ...process.env, TSX_TSCONFIG_PATH: "tsconfig.scripts.json", ...env },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const exited = once(child, "exit");
  const lines = createInterface({ input: child.stdout });
  const [first] = (await Promise.race([once(lines, "line"), exited.then(() => [null])])) as [string | null];
  if (!first) throw new Error(`${mode} server exited before listening`);
  const { port } = JSON.parse(first) as { port: number };
  return {
    port,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGINT");
      const killer = setTimeout(() => child.kill("SIGKILL"), 10_000);
      await exited;
      clearTimeout(killer);
    },
  };
}
