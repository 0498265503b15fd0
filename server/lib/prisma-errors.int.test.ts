// Every way the database can fail to answer in time is recognised as "briefly unavailable"
// (503 with Retry-After), not a bug (500): probed against the real PostgreSQL and Prisma.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Prisma } from "../generated/prisma/client";
import { createPrismaClient, queryRowsOnPool, type Db } from "../prisma-factory";
import { transactionOnPool } from "../pool-transaction";
import { isDatabaseUnavailable } from "./prisma-errors";

const url = () => process.env.DATABASE_URL!;
const limits = { connectMs: 300, lockMs: 300, statementMs: 500, idleInTransactionMs: 60_000 };
let client: Db;
let holder: pg.Client;
beforeAll(async () => {
  client = createPrismaClient(url(), { maxConnections: 1, waitLimits: limits });
  holder = new pg.Client({ connectionString: url() });
  await holder.connect();
});
afterAll(async () => {
  await client?.$disconnect();
  await holder?.end();
});

async function failure(run: () => Promise<unknown>): Promise<unknown> {
  try {
    await run();
  } catch (error) {
    return error;
  }
  throw new Error("expected the database call to fail");
}

describe("database waits past their limits count as unavailable", () => {
  it("a row lock held longer than lock_timeout, through a model query and a raw one", async () => {
    const category = await client.category.create({ data: { slug: `lock-probe-${Date.now()}`, name: "Lock probe" } });
    await holder.query("BEGIN");
    await holder.query("SELECT * FROM categories WHERE id = $1 FOR UPDATE", [category.id]);
    try {
      const model = await failure(() =>
        client.category.update({ where: { id: category.id }, data: { name: "Renamed" } }),
      );
      const raw = await failure(
        () => client.$executeRaw`UPDATE categories SET name = 'Renamed' WHERE id = ${category.id}::uuid`,
      );
      expect(isDatabaseUnavailable(model)).toBe(true);
      expect(isDatabaseUnavailable(raw)).toBe(true);
    } finally {
      await holder.query("ROLLBACK");
    }
  });

  it("but not a failure that retrying cannot fix (a unique constraint, a bad statement)", async () => {
    const slug = `unique-probe-${Date.now()}`;
    await client.category.create({ data: { slug, name: "Unique probe" } });
    expect(isDatabaseUnavailable(await failure(() => client.category.create({ data: { slug, name: "Again" } })))).toBe(
      false,
    );
    expect(isDatabaseUnavailable(await failure(() => client.$queryRawUnsafe("SELECT * FROM no_such_table")))).toBe(
      false,
    );
  });

  it("a statement longer than statement_timeout", async () => {
    const error = await failure(() => client.$queryRawUnsafe("SELECT pg_sleep(2)"));
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it("no free connection in the pool within the connect limit, and a transaction that cannot start within maxWait", async () => {
    let release = () => {};
    const busy = client.$transaction(() => new Promise<void>((resolve) => (release = resolve)), { timeout: 5_000 });
    await new Promise((resolve) => setTimeout(resolve, 100));
    const query = await failure(() => client.product.count());
    const transaction = await failure(() => client.$transaction(async (tx) => tx.product.count(), { maxWait: 100 }));
    release();
    await busy;
    expect(isDatabaseUnavailable(query)).toBe(true);
    expect(isDatabaseUnavailable(transaction)).toBe(true);
  });

  it("a transaction that outlives its timeout", async () => {
    const error = await failure(() =>
      client.$transaction(
        async (tx) => {
          await new Promise((resolve) => setTimeout(resolve, 300));
          return tx.product.count();
        },
        { timeout: 100 },
      ),
    );
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it("its connection ended by the server (PostgreSQL shutting down, or an administrator)", async () => {
    const [{ pid }] = (await client.$queryRawUnsafe<Array<{ pid: number }>>("SELECT pg_backend_pid() AS pid")) as [
      { pid: number },
    ];
    const running = failure(() => client.$queryRawUnsafe("SELECT pg_sleep(0.4)"));
    await new Promise((resolve) => setTimeout(resolve, 100));
    await holder.query("SELECT pg_terminate_backend($1)", [pid]);
    const error = await running;
    expect(isDatabaseUnavailable(error)).toBe(true);
  });
});

// Hot reads and checkout's transaction skip Prisma and throw pg's own errors (prisma-factory's
// queryRowsOnPool, pool-transaction.ts).
const sentToThePool = {
  "a read sent straight to the pool": (query: Prisma.Sql) => queryRowsOnPool(client, query),
  "a statement in a transaction on the pool": (query: Prisma.Sql) =>
    transactionOnPool(client, (tx) => tx.$queryRaw(query)),
};

describe.each(Object.entries(sentToThePool))("%s: the same waits count as unavailable", (_, send) => {
  const read = (query: Prisma.Sql) => failure(() => send(query));

  it("a row lock held longer than lock_timeout", async () => {
    const category = await client.category.create({ data: { slug: `pool-lock-${Date.now()}`, name: "Lock probe" } });
    await holder.query("BEGIN");
    await holder.query("SELECT * FROM categories WHERE id = $1 FOR UPDATE", [category.id]);
    try {
      const error = await read(Prisma.sql`SELECT id FROM categories WHERE id = ${category.id}::uuid FOR SHARE`);
      expect(isDatabaseUnavailable(error)).toBe(true);
    } finally {
      await holder.query("ROLLBACK");
    }
  });

  it("a statement longer than statement_timeout", async () => {
    expect(isDatabaseUnavailable(await read(Prisma.sql`SELECT pg_sleep(2)`))).toBe(true);
  });

  it("no free connection in the pool within the connect limit", async () => {
    let release = () => {};
    const busy = client.$transaction(() => new Promise<void>((resolve) => (release = resolve)), { timeout: 5_000 });
    await new Promise((resolve) => setTimeout(resolve, 100));
    const error = await read(Prisma.sql`SELECT 1`);
    release();
    await busy;
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it("but not a failure that retrying cannot fix (a bad statement, a malformed value)", async () => {
    expect(isDatabaseUnavailable(await read(Prisma.sql`SELECT * FROM no_such_table`))).toBe(false);
    expect(isDatabaseUnavailable(await read(Prisma.sql`SELECT ${"not-a-uuid"}::uuid`))).toBe(false);
  });
});
