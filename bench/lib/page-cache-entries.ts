// How many times the server computed a product's page data in the last minute: each compute is
// stored under its own key (the catalog version, and the product's own, are part of the key)
// and every entry lives for the catalog TTL (60 s ±20 %), so counting the product's entries in
// the bench server's Redis counts its recent cache misses, whatever the machine's load did to
// the timings.
import { Redis } from "ioredis";

// scripts/e2e-server.ts puts Redis at the app port's offset from 3100, from 63809.
export async function productPageEntries(appPort: number, slug: string): Promise<number> {
  const client = new Redis(`redis://127.0.0.1:${63809 + appPort - 3100}`);
  try {
    let count = 0;
    let cursor = "0";
    do {
      const [next, keys] = await client.scan(cursor, "MATCH", `catalog:v*:product:${slug}*`, "COUNT", 1000);
      count += keys.filter((key) => !key.endsWith(":lock")).length;
      cursor = next;
    } while (cursor !== "0");
    return count;
  } finally {
    client.disconnect();
  }
}
