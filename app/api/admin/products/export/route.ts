// Staff: every product (not deleted) as CSV, streamed.
import { guardedRoute } from "@/server/http/guarded-route";
import { adminActorOf } from "@/server/http/admin-route";
import { productCsvStream } from "@/server/catalog/product-export.service";

export const GET = guardedRoute(async (request) => {
  const actor = await adminActorOf(request);
  if (actor instanceof Response) return actor;
  const date = new Date().toISOString().slice(0, 10);
  return new Response(productCsvStream(), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="products-${date}.csv"`,
      "cache-control": "no-store",
    },
  });
});
