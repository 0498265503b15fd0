// Staff: bulk create/update products from a CSV body (text/csv), streamed and all-or-nothing.
// 200 with counts, or 422 with per-line errors and nothing changed.
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import { guardedRoute } from "@/server/http/guarded-route";
import { adminActorOf, problem } from "@/server/http/admin-route";
import { BodyTooLargeError } from "@/server/http/limited-body";
import { importProducts } from "@/server/catalog/product-import.service";
import { MAX_IMPORT_BYTES } from "@/server/catalog/product-csv.schema";

export const POST = guardedRoute(
  async (request) => {
    const actor = await adminActorOf(request);
    if (actor instanceof Response) return actor;
    if (!request.headers.get("content-type")?.startsWith("text/csv"))
      return problem(415, "UNSUPPORTED_MEDIA_TYPE", "Send the file as text/csv");
    if (!request.body) return problem(400, "BAD_REQUEST", "The file is empty");
    try {
      const result = await importProducts(actor, request.body as unknown as WebReadableStream<Uint8Array>);
      return Response.json(result, { status: result.ok ? 200 : 422, headers: { "cache-control": "no-store" } });
    } catch (error) {
      if (error instanceof BodyTooLargeError)
        return problem(413, "PAYLOAD_TOO_LARGE", "The file is larger than 10 MiB");
      throw error;
    }
  },
  { maxBodyBytes: MAX_IMPORT_BYTES, streamBody: true },
);
