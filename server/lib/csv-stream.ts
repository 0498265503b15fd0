// CSV streamed from an async source (rows read a page at a time), for the staff exports.
// pipeline, not pipe: with pipe an error in the source (a failed query) is an unhandled
// 'error' event and the response is left open or the process falls over; with pipeline the
// response ends with that error.
import "server-only";
import { Readable, pipeline } from "node:stream";
import { stringify } from "csv-stringify";

export function csvStream(
  rows: AsyncIterable<Record<string, string>>,
  columns: readonly string[],
): ReadableStream<Uint8Array> {
  // Cells starting with = + - @ are prefixed so a spreadsheet never runs them as formulas.
  const csv = pipeline(
    Readable.from(rows),
    stringify({ header: true, columns: [...columns], escape_formulas: true }),
    () => {
      // The error has already reached the response stream; nothing else waits for it.
    },
  );
  return Readable.toWeb(csv) as ReadableStream<Uint8Array>;
}
