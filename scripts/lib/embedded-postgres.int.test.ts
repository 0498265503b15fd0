// `npm run dev` from a checkout in a private directory, as root (a container, a fresh VM):
// PostgreSQL runs as the postgres user, who cannot enter a 700 directory. The cluster must
// still start, keep its data across restarts, and run with fsync on (persistent data).
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir, userInfo } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { startEmbeddedPostgres } from "./embedded-postgres";
import { mirroredDataDir, reachableByOthers } from "./postgres-mirror";

const privateHome = mkdtempSync(path.join(tmpdir(), "shopfront-private-"));
chmodSync(privateHome, 0o700);
const dataDir = path.join(privateHome, "checkout", ".data", "postgres");
afterAll(() => {
  rmSync(privateHome, { recursive: true, force: true });
  rmSync(path.dirname(mirroredDataDir(dataDir)), { recursive: true, force: true });
});

async function query(url: string, sql: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

describe("embedded PostgreSQL from a private directory", () => {
  it("sees that the postgres user cannot reach a 700 directory", () => {
    expect(reachableByOthers(path.join(privateHome, "checkout"))).toBe(false);
    expect(reachableByOthers(tmpdir())).toBe(true);
  });

  it.runIf(userInfo().uid === 0)(
    "starts as root, keeps data across a restart, and writes with fsync on",
    async () => {
      const first = await startEmbeddedPostgres({ dataDir, port: 25998, persistent: true });
      await query(first.url("postgres"), "CREATE TABLE kept (id int); INSERT INTO kept VALUES (42)");
      expect(await query(first.url("postgres"), "SHOW fsync")).toEqual([{ fsync: "on" }]);
      await first.stop();
      const second = await startEmbeddedPostgres({ dataDir, port: 25998, persistent: true });
      expect(await query(second.url("postgres"), "SELECT id FROM kept")).toEqual([{ id: 42 }]);
      await second.stop();
    },
    120_000,
  );
});
