// Embedded defaults for local development: PostgreSQL in .data/postgres (kept between
// runs) and, when Debian's redis-server is installed, a throwaway Redis. Any of
// DATABASE_URL / REDIS_URL set in the environment wins and nothing is started for it.
import pg from "pg";
import { startEmbeddedPostgres, type RunningPostgres } from "./embedded-postgres";
import { startS3Server } from "./s3-server";
import { startMailCaptureServer } from "../../server/dev/mail-capture-server";
import { redisServerInstalled, startRedisServer, type RunningRedis } from "./redis-server";

export const DEV_POSTGRES_PORT = Number(process.env.DEV_POSTGRES_PORT ?? 54329);
export const DEV_REDIS_PORT = Number(process.env.DEV_REDIS_PORT ?? 63790);
export const DEV_MAIL_PORT = Number(process.env.DEV_MAIL_PORT ?? 63025);
export const DEV_S3_PORT = Number(process.env.DEV_S3_PORT ?? 63040);
const DEV_DATABASE = "shopfront";

export async function createDatabaseIfMissing(adminUrl: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (rowCount === 0) await client.query(`CREATE DATABASE "${database}"`);
  } finally {
    await client.end();
  }
}

export async function startDevPostgres(): Promise<{ url: string; server: RunningPostgres | null }> {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, server: null };
  const server = await startEmbeddedPostgres({ dataDir: ".data/postgres", port: DEV_POSTGRES_PORT, persistent: true });
  await createDatabaseIfMissing(server.url("postgres"), DEV_DATABASE);
  return { url: server.url(DEV_DATABASE), server };
}

export async function startDevRedis(): Promise<{ url: string | null; server: RunningRedis | null }> {
  if (process.env.REDIS_URL) return { url: process.env.REDIS_URL, server: null };
  if (!redisServerInstalled()) return { url: null, server: null };
  const server = await startRedisServer(DEV_REDIS_PORT);
  return { url: server.url, server };
}

// Local S3 (s3rver, objects kept in .data/s3) unless real storage is configured.
export async function startDevS3() {
  if (process.env.S3_BUCKET) return { env: {}, server: null };
  const server = await startS3Server(DEV_S3_PORT, ".data/s3");
  return { env: server.env, server };
}

// The Resend stand-in, unless real Resend (RESEND_API_KEY) or another server (RESEND_BASE_URL) is configured.
export async function startDevMailCapture() {
  if (process.env.RESEND_API_KEY || process.env.RESEND_BASE_URL)
    return { url: process.env.RESEND_BASE_URL ?? null, server: null };
  const server = await startMailCaptureServer(DEV_MAIL_PORT);
  return { url: server.url, server };
}

export async function withDevDatabase(work: (databaseUrl: string) => Promise<void>): Promise<void> {
  const { url, server } = await startDevPostgres();
  try {
    await work(url);
  } finally {
    await server?.stop();
  }
}
