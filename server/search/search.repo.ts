// Product search in one SQL query: full-text (websearch syntax, stemmed, name weighted above
// description), prefix matching of the last words typed, and trigram similarity on names for
// typos. Keyset-paginated on (sort key, id), so pages are stable for any sort.
import "server-only";
import { db } from "../db";
import { Prisma } from "../generated/prisma/client";

export type SearchSort = "relevance" | "price_asc" | "price_desc" | "newest";
export type SearchKeyset = { key: number; id: string };
export type SearchFilters = { categoryId?: string; minPriceCents?: number; maxPriceCents?: number; inStock?: boolean };

// "wool slipp" → 'wool:* & slipp:*'; only letters and digits survive, so the input cannot
// inject tsquery syntax.
export function prefixQuery(q: string): string {
  const words = q.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return words
    .slice(0, 8)
    .map((word) => `${word}:*`)
    .join(" & ");
}

const sortKeyExpression: Record<SearchSort, Prisma.Sql> = {
  relevance: Prisma.sql`rank`,
  price_asc: Prisma.sql`"priceCents"::float8`,
  price_desc: Prisma.sql`"priceCents"::float8`,
  newest: Prisma.sql`extract(epoch from "createdAt")::float8`,
};

// Ascending for price_asc, descending for the rest.
const ascending = (sort: SearchSort) => sort === "price_asc";

export async function searchProductIds(input: {
  q: string;
  filters: SearchFilters;
  sort: SearchSort;
  after?: SearchKeyset;
  take: number;
}): Promise<{ id: string; key: number }[]> {
  const { q, filters, sort, after, take } = input;
  const prefix = prefixQuery(q);
  const hasQuery = prefix.length > 0;
  const matches = hasQuery
    ? Prisma.sql`AND ("searchVector" @@ websearch_to_tsquery('english', ${q})
                     OR "searchVector" @@ to_tsquery('english', ${prefix})
                     OR word_similarity(${q}, name) > 0.45)`
    : Prisma.empty;
  const rank = hasQuery
    ? Prisma.sql`(2 * ts_rank_cd("searchVector", websearch_to_tsquery('english', ${q}))
                  + ts_rank_cd("searchVector", to_tsquery('english', ${prefix}))
                  + word_similarity(${q}, name))::float8`
    : Prisma.sql`0::float8`;
  const direction = ascending(sort) ? Prisma.sql`ASC` : Prisma.sql`DESC`;
  const keysetPredicate = after
    ? ascending(sort)
      ? Prisma.sql`WHERE (sort_key, id) > (${after.key}::float8, ${after.id}::uuid)`
      : Prisma.sql`WHERE (sort_key, id) < (${after.key}::float8, ${after.id}::uuid)`
    : Prisma.empty;

  return db.$queryRaw<{ id: string; key: number }[]>`
    WITH matched AS (
      SELECT id, ${rank} AS rank, "priceCents", "createdAt"
      FROM products
      WHERE active AND "deletedAt" IS NULL
        ${filters.categoryId ? Prisma.sql`AND "categoryId" = ${filters.categoryId}::uuid` : Prisma.empty}
        ${filters.minPriceCents !== undefined ? Prisma.sql`AND "priceCents" >= ${filters.minPriceCents}` : Prisma.empty}
        ${filters.maxPriceCents !== undefined ? Prisma.sql`AND "priceCents" <= ${filters.maxPriceCents}` : Prisma.empty}
        ${filters.inStock ? Prisma.sql`AND stock > 0` : Prisma.empty}
        ${matches}
    ), keyed AS (
      SELECT id, ${sortKeyExpression[sort]} AS sort_key FROM matched
    )
    SELECT id::text AS id, sort_key AS key FROM keyed
    ${keysetPredicate}
    ORDER BY sort_key ${direction}, id ${direction}
    LIMIT ${take}`;
}
