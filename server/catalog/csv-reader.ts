// Reads an uploaded CSV file as spreadsheets write it, streamed: UTF-8 (with or without a byte
// order mark) or UTF-16 with its mark (Excel's "Unicode Text"); comma, semicolon (Excel in many
// European locales) or tab, decided from the header line; quotes inside unquoted values are text
// (`Ceramic "Teapot"`, `15"`). Whatever still cannot be read is a CsvFileError naming the line,
// in words for the shop owner who made the file.
import "server-only";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import { parse, type CsvError, type Info, type Options } from "csv-parse";

export type CsvRow = { line: number; values: string[] };
export type Delimiter = "," | ";" | "\t";

export class CsvFileError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
  }
}

export const MAX_LINE_BYTES = 64 * 1024;
const delimiters: Delimiter[] = [",", ";", "\t"];
const lineBreaks = (text: string) => text.match(/\r\n|\r|\n/g)?.length ?? 0;

function encodingOf(start: Uint8Array): string {
  if (start[0] === 0xff && start[1] === 0xfe) return "utf-16le";
  if (start[0] === 0xfe && start[1] === 0xff) return "utf-16be";
  return "utf-8";
}

// Text from bytes; a byte order mark picks the encoding and is dropped. Bytes that are not
// valid in it stop the import at their line rather than becoming "�" in product names.
async function* decodedText(body: WebReadableStream<Uint8Array>): AsyncGenerator<string> {
  let decoder: TextDecoder | undefined;
  let linesBefore = 0;
  for await (const chunk of body) {
    decoder ??= new TextDecoder(encodingOf(chunk), { fatal: true });
    let text: string;
    try {
      text = decoder.decode(chunk, { stream: true });
    } catch {
      const readable = new TextDecoder(decoder.encoding).decode(chunk);
      throw new CsvFileError(
        linesBefore + lineBreaks(readable.slice(0, readable.indexOf("\uFFFD"))) + 1,
        'This line has characters that are not UTF-8 text. Save the file as "CSV UTF-8" and import it again.',
      );
    }
    linesBefore += lineBreaks(text);
    yield text;
  }
  if (decoder) yield decoder.decode();
}

// The separator used most in the header line, outside quotes; a single column means comma.
export function detectDelimiter(headerLine: string): Delimiter {
  const unquoted = headerLine.replace(/"[^"]*"/g, "");
  const counts = delimiters.map((delimiter) => unquoted.split(delimiter).length - 1);
  const best = Math.max(...counts);
  return best === 0 ? "," : (delimiters[counts.indexOf(best)] ?? ",");
}

// Reads ahead to the end of the header line, then hands back everything read so far too.
async function withHeaderLine(
  text: AsyncGenerator<string>,
): Promise<{ headerLine: string; all: AsyncGenerator<string> }> {
  let head = "";
  let done = false;
  while (!/[\r\n]/.test(head) && head.length < MAX_LINE_BYTES && !done) {
    const next = await text.next();
    if (next.done) done = true;
    else head += next.value;
  }
  async function* all() {
    yield head;
    yield* text;
  }
  return { headerLine: head.split(/\r\n|\r|\n/, 1)[0] ?? "", all: all() };
}

function fileError(error: CsvError, line: number): CsvFileError {
  switch (error.code) {
    case "CSV_QUOTE_NOT_CLOSED":
      return new CsvFileError(
        line,
        'A quote (") opened on this line is never closed. Close it, or remove it if it is part of the text.',
      );
    case "CSV_MAX_RECORD_SIZE":
      return new CsvFileError(line, 'This line is longer than 64 KB. Check for a quote (") that is never closed.');
    default:
      return new CsvFileError(line, "This line could not be read as CSV. Check its quotes and separators.");
  }
}

export type OpenedCsv = { delimiter: Delimiter; rows: AsyncGenerator<CsvRow> };

// The header row comes first in `rows`; every row carries the line it starts on (a quoted value
// may span lines).
export async function openCsv(body: WebReadableStream<Uint8Array>): Promise<OpenedCsv> {
  const { headerLine, all } = await withHeaderLine(decodedText(body));
  const delimiter = detectDelimiter(headerLine);
  return { delimiter, rows: parsedRows(all, delimiter) };
}

async function* parsedRows(text: AsyncGenerator<string>, delimiter: Delimiter): AsyncGenerator<CsvRow> {
  // Where the previous row ended: the parser runs ahead of the loop below, so rows carry their line.
  let previous = { lines: 0, emptyLines: 0 };
  const startLine = (info: { lines: number; empty_lines: number }) =>
    previous.lines + 1 + info.empty_lines - previous.emptyLines;
  // What the parser could not read. It is kept, not thrown, so that the rows before it (which
  // the parser has read ahead) still reach the loop and are checked; nothing after it is read.
  let unreadable: CsvFileError | undefined;
  // With `info`, each record reaches on_record as { record, info }; it leaves as a CsvRow.
  const options: Options<CsvRow, { record: string[] }> = {
    delimiter,
    relax_quotes: true,
    relax_column_count: true,
    skip_empty_lines: true,
    max_record_size: MAX_LINE_BYTES,
    info: true,
    skip_records_with_error: true,
    on_skip: (error) => {
      // A CsvError carries the parser's counts (Info) from where it stopped.
      if (error && !unreadable) unreadable = fileError(error, startLine(error as CsvError & Info));
    },
    on_record: ({ record }, info) => {
      if (unreadable) return null;
      const row: CsvRow = { line: startLine(info), values: record };
      previous = { lines: info.lines, emptyLines: info.empty_lines };
      return row;
    },
  };
  // csv-parse types a changed record only together with `columns`, which this reader does not use.
  const parser = parse(options as unknown as Options);
  // pipeline (not pipe) so an upload error, such as the size cap, fails the loop below.
  pipeline(Readable.from(text), parser).catch(() => undefined);
  try {
    yield* parser as AsyncIterable<CsvRow>;
    if (unreadable) throw unreadable;
  } finally {
    parser.destroy();
  }
}
