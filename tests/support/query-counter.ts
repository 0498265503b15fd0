// Counts the SQL statements the app's Prisma client sends while `work` runs, through
// PostgreSQL's own statistics for this test database (pg_stat_statements is not needed:
// xact_commit counts every implicit transaction, i.e. every statement outside explicit ones).
import pg from "pg";

export async function queryCount(work: () => Promise<unknown>): Promise<number> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  const read = async () => {
    await client.query("SELECT pg_stat_clear_snapshot()");
    const { rows } = await client.query<{ n: string }>("SELECT xact_commit + xact_rollback AS n FROM pg_stat_database WHERE datname = current_database()");
    return Number(rows[0]?.n ?? 0);
  };
  try {
    const before = await read();
    await work();
    // Statistics are flushed by backends asynchronously; give them a moment.
    await new Promise((resolve) => setTimeout(resolve, 1200));
    // The two reads of this helper are transactions too.
    return (await read()) - before - 2;
  } finally {
    await client.end();
  }
}
