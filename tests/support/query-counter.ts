// Counts the SQL statements the app's Prisma client sends while `work` runs (the client
// emits query events under NODE_ENV=test; see server/db.ts).
import { db } from "../../server/db";
import { onQuery } from "../../server/prisma-factory";

export async function queryCount(work: () => Promise<unknown>): Promise<number> {
  let count = 0;
  const listener = () => {
    count += 1;
  };
  onQuery(db, listener);
  const before = count;
  await work();
  return count - before;
}
