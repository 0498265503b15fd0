// Another transaction holding a product's row, as a stuck process would: a checkout of that
// product waits on it, holding its pool connection, until the row is released.
import pg from "pg";

export async function holdProductRow(databaseUrl: string, productId: string) {
  const holder = new pg.Client({ connectionString: databaseUrl });
  await holder.connect();
  // The holder's connection may be ended under it (PostgreSQL stopped): that is the test's doing.
  holder.on("error", () => undefined);
  await holder.query("BEGIN");
  await holder.query("UPDATE products SET stock = stock WHERE id = $1", [productId]);
  return {
    // Sessions of the database waiting on a lock: the checkouts stuck behind the row.
    waitingOnLocks: async () =>
      (await holder.query("SELECT count(*)::int AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock'")).rows[0]
        .n as number,
    async release() {
      await holder.query("ROLLBACK");
      await holder.end();
    },
  };
}
