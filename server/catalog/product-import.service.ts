// Bulk product import from CSV, streamed: rows are parsed and validated one at a time as the
// upload arrives and written inside one transaction, so memory holds one row (plus the set of
// slugs seen), and a file with any bad row changes nothing at all.
import "server-only";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import { parse } from "csv-parse";
import { db, type DbTransaction } from "../db";
import { recordAudit, type AdminActor } from "../audit/audit.service";
import { catalogChanged } from "./catalog-cache";
import * as productAdminRepo from "./product-admin.repo";
import {
  MAX_REPORTED_ERRORS,
  productCsvColumns,
  productCsvRowSchema,
  requiredProductCsvColumns,
  type ImportError,
  type ImportResult,
  type ProductCsvRow,
} from "./product-csv.schema";

class ImportRejected extends Error {
  constructor(readonly result: ImportResult) {
    super("import rejected");
  }
}

function headerErrors(columns: string[]): ImportError[] {
  const unknown = columns.filter((column) => !(productCsvColumns as readonly string[]).includes(column));
  const missing = requiredProductCsvColumns.filter((column) => !columns.includes(column));
  return [
    ...unknown.map((column) => ({ line: 1, column, message: `Unknown column "${column}"` })),
    ...missing.map((column) => ({ line: 1, column, message: `Missing column "${column}"` })),
  ];
}

async function upsertRow(tx: DbTransaction, actor: AdminActor, row: ProductCsvRow, categoryId: string): Promise<"created" | "updated"> {
  const fields = { name: row.name, description: row.description, priceCents: row.price, stock: row.stock, categoryId, active: row.active, featured: row.featured };
  const before = await productAdminRepo.findImportTarget(tx, row.slug);
  if (before) {
    await productAdminRepo.overwriteImportedProduct(tx, before.id, fields);
    const { id, deletedAt, ...previous } = before;
    await recordAudit(tx, actor, {
      action: "product.import",
      entityType: "product",
      entityId: id,
      before: { ...previous, slug: row.slug, deletedAt: deletedAt?.toISOString() ?? null },
      after: { ...fields, slug: row.slug, deletedAt: null },
    });
    return "updated";
  }
  const created = await productAdminRepo.insertImportedProduct(tx, row.slug, fields);
  await recordAudit(tx, actor, { action: "product.import", entityType: "product", entityId: created.id, after: { ...fields, slug: row.slug } });
  return "created";
}

export async function importProducts(actor: AdminActor, body: WebReadableStream<Uint8Array>): Promise<ImportResult> {
  let headerProblems: ImportError[] = [];
  const columns = (header: string[]) => {
    const names = header.map((column) => column.trim().toLowerCase());
    headerProblems = headerErrors(names);
    return names;
  };
  // `info` gives each record its own line number (the parser reads ahead of the loop).
  const parser = parse({ columns, info: true, bom: true, skip_empty_lines: true, max_record_size: 64 * 1024 });
  // pipeline (not pipe) so an upload error, such as the size cap, fails the loop below.
  pipeline(Readable.fromWeb(body), parser).catch(() => undefined);
  const rejectBadHeader = () => {
    if (headerProblems.length > 0) throw new ImportRejected({ ok: false, rows: 0, errorCount: headerProblems.length, errors: headerProblems });
  };
  try {
    const result = await db.$transaction(
      async (tx) => {
        const categories = await productAdminRepo.categoryIdsBySlug(tx);
        const errors: ImportError[] = [];
        let errorCount = 0;
        const report = (error: ImportError) => {
          errorCount++;
          if (errors.length < MAX_REPORTED_ERRORS) errors.push(error);
        };
        const seen = new Set<string>();
        const counts = { rows: 0, created: 0, updated: 0 };

        for await (const { record, info } of parser as AsyncIterable<{ record: Record<string, string>; info: { lines: number } }>) {
          rejectBadHeader();
          counts.rows++;
          const line = info.lines;
          const parsed = productCsvRowSchema.safeParse(record);
          if (!parsed.success) {
            for (const issue of parsed.error.issues) report({ line, column: String(issue.path[0] ?? "") || null, message: issue.message });
            continue;
          }
          const categoryId = categories.get(parsed.data.category);
          if (!categoryId) report({ line, column: "category", message: `No category "${parsed.data.category}"` });
          if (seen.has(parsed.data.slug)) report({ line, column: "slug", message: `"${parsed.data.slug}" appears earlier in the file` });
          seen.add(parsed.data.slug);
          // After the first bad row nothing more is written: the rest is only checked.
          if (errorCount > 0 || !categoryId) continue;
          counts[await upsertRow(tx, actor, parsed.data, categoryId)]++;
        }
        rejectBadHeader();
        if (counts.rows === 0 && errorCount === 0) report({ line: 1, column: null, message: "The file has no product rows" });
        if (errorCount > 0) throw new ImportRejected({ ok: false, rows: counts.rows, errorCount, errors });
        return { ok: true as const, ...counts };
      },
      // A large file is one long transaction by design: all rows or none.
      { maxWait: 10_000, timeout: 5 * 60_000 },
    );
    await catalogChanged();
    return result;
  } catch (error) {
    if (error instanceof ImportRejected) return error.result;
    if (error instanceof Error && "code" in error && typeof error.code === "string" && error.code.startsWith("CSV_")) {
      return { ok: false, rows: 0, errorCount: 1, errors: [{ line: (parser.info?.lines ?? 0), column: null, message: `Not a valid CSV file: ${error.message}` }] };
    }
    throw error;
  } finally {
    parser.destroy();
  }
}
