// Benchmark baseline only (BENCH_BASELINE=1, never in production): the first page of the
// product list with the same SQL shape as product.list, through plain `pg` and a bare route
// handler, so bench/product-list.bench.ts can price the tRPC + Prisma stack against it.
import pg from "pg";
import { env } from "@/server/env";

export const dynamic = "force-dynamic";

let pool: pg.Pool | undefined;

export async function GET() {
  if (env.BENCH_BASELINE !== "1") return new Response("Not found", { status: 404 });
  pool ??= new pg.Pool({ connectionString: env.DATABASE_URL, max: 10 });
  const { rows } = await pool.query(
    `SELECT p.id, p.slug, p.name, p."priceCents", p.currency, p.stock, p."ratingCount", p."ratingSum",
            i."storageKey", i.alt, i.width, i.height
     FROM products p
     LEFT JOIN LATERAL (
       SELECT "storageKey", alt, width, height FROM product_images
       WHERE "productId" = p.id AND status = 'READY' ORDER BY position, id LIMIT 1
     ) i ON true
     WHERE p.active AND p."deletedAt" IS NULL
     ORDER BY p."createdAt" DESC, p.id DESC
     LIMIT 13`,
  );
  return Response.json({ items: rows.slice(0, 12), hasMore: rows.length > 12 });
}
