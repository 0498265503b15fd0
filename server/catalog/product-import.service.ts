// Bulk product import from CSV, streamed: rows are parsed and validated one at a time as the
// upload arrives and written inside one transaction, so memory holds one row (plus the set of
// slugs seen), and a file with any bad row changes nothing at all.
import "server-only";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import { db, type DbTransaction } from "../db";
import { recordAudit, type AdminActor } from "../audit/audit.service";
import { catalogChanged } from "./catalog-cache";
import { CsvFileError, openCsv, type CsvRow, type Delimiter } from "./csv-reader";
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

async function upsertRow(
  tx: DbTransaction,
  actor: AdminActor,
  row: ProductCsvRow,
  categoryId: string,
): Promise<"created" | "updated"> {
  const fields = {
    name: row.name,
    description: row.description,
    priceCents: row.price,
    stock: row.stock,
    categoryId,
    active: row.active,
    featured: row.featured,
  };
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
  await recordAudit(tx, actor, {
    action: "product.import",
    entityType: "product",
    entityId: created.id,
    after: { ...fields, slug: row.slug },
  });
  return "created";
}

const delimiterNames: Record<Delimiter, string> = { ",": "comma", ";": "semicolon", "\t": "tab" };

// Values by column name. Extra empty values at the end (a trailing separator) are harmless;
// any other difference in count would shift values into the wrong columns.
function recordOf(
  columns: string[],
  row: CsvRow,
  delimiter: Delimiter,
): { record: Record<string, string> } | { problem: ImportError } {
  const extra = row.values.slice(columns.length);
  if (row.values.length < columns.length || extra.some((value) => value.trim() !== "")) {
    const message = `This line has ${row.values.length} values, but the header has ${columns.length} columns. Put quotes around any value that contains a ${delimiterNames[delimiter]}.`;
    return { problem: { line: row.line, column: null, message } };
  }
  return { record: Object.fromEntries(columns.map((column, index) => [column, row.values[index] ?? ""])) };
}

// Refused before any row was read: a bad header, an empty or unreadable file.
const rejection = (errors: ImportError[]): ImportRejected =>
  new ImportRejected({ ok: false, rows: 0, errorCount: errors.length, errors });
const noRows = (): ImportError => ({ line: 1, column: null, message: "The file has no product rows" });

export async function importProducts(actor: AdminActor, body: WebReadableStream<Uint8Array>): Promise<ImportResult> {
  let rows: AsyncGenerator<CsvRow> | undefined;
  try {
    const csv = await openCsv(body);
    rows = csv.rows;
    const header = await rows.next();
    if (header.done) throw rejection([noRows()]);
    const columns = header.value.values.map((column) => column.trim().toLowerCase());
    const headerProblems = headerErrors(columns);
    if (headerProblems.length > 0) throw rejection(headerProblems);

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

        try {
          for await (const row of csv.rows) {
            counts.rows++;
            const { line } = row;
            const values = recordOf(columns, row, csv.delimiter);
            if ("problem" in values) {
              report(values.problem);
              continue;
            }
            const parsed = productCsvRowSchema.safeParse(values.record);
            if (!parsed.success) {
              for (const issue of parsed.error.issues)
                report({ line, column: String(issue.path[0] ?? "") || null, message: issue.message });
              continue;
            }
            const categoryId = categories.get(parsed.data.category);
            if (!categoryId) report({ line, column: "category", message: `No category "${parsed.data.category}"` });
            if (seen.has(parsed.data.slug))
              report({ line, column: "slug", message: `"${parsed.data.slug}" appears earlier in the file` });
            seen.add(parsed.data.slug);
            // After the first bad row nothing more is written: the rest is only checked.
            if (errorCount > 0 || !categoryId) continue;
            counts[await upsertRow(tx, actor, parsed.data, categoryId)]++;
          }
        } catch (error) {
          // A line the reader cannot get past ends the file here; what was found so far is kept.
          if (!(error instanceof CsvFileError)) throw error;
          report({ line: error.line, column: null, message: error.message });
        }
        if (counts.rows === 0 && errorCount === 0) report(noRows());
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
    if (error instanceof CsvFileError)
      return rejection([{ line: error.line, column: null, message: error.message }]).result;
    throw error;
  } finally {
    await rows?.return(undefined);
  }
}
