// Product CSV export, streamed: products are read a page at a time (keyset on id) and
// written out as they come, so an export of any size holds one page in memory.
import "server-only";
import { csvStream } from "../lib/csv-stream";
import { centsToPriceText } from "./price-text";
import { productExportPage } from "./product-admin.repo";
import { productCsvColumns } from "./product-csv.schema";

const PAGE = 500;

async function* productRows(): AsyncGenerator<Record<(typeof productCsvColumns)[number], string>> {
  let afterId: string | undefined;
  for (;;) {
    const page = await productExportPage(afterId, PAGE);
    for (const product of page) {
      yield {
        slug: product.slug,
        name: product.name,
        description: product.description,
        price: centsToPriceText(product.priceCents),
        stock: String(product.stock),
        category: product.category.slug,
        active: String(product.active),
        featured: String(product.featured),
      };
    }
    if (page.length < PAGE) return;
    afterId = page.at(-1)?.id;
  }
}

export function productCsvStream(): ReadableStream<Uint8Array> {
  return csvStream(productRows(), productCsvColumns);
}
