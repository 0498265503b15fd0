// Counts the SQL statements the app's Prisma client sends while `work` runs (the client
// emits query events under NODE_ENV=test; see server/db.ts).
import { db } from "../../server/db";

export async function queryCount(work: () => Promise<unknown>): Promise<number> {
  let count = 0;
  const onQuery = (db as unknown as { $on(event: "query", listener: () => void): void }).$on.bind(db);
  const listener = () => {
    count += 1;
  };
  onQuery("query", listener);
  const before = count;
  await work();
  return count - before;
}
