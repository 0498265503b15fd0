// Building blocks for input schemas: values PostgreSQL can store and compare. Without them a
// NUL byte or a date in year 275760 passes validation and the database refuses it (a 500).
// Browser-safe: forms validate with the same rules.
import { z } from "./zod";

// PostgreSQL text cannot hold U+0000; a lone UTF-16 surrogate has no UTF-8 form at all. With
// the u flag a well-formed pair is one code point outside this class, so emoji stay allowed.
// Also refused: the bidirectional embeddings, overrides and isolates (U+202A-U+202E,
// U+2066-U+2069), invisible characters that reorder how the text after them reads, so a
// review, a name or an address could show staff or other shoppers something it does not say.
// The marks right-to-left writing and emoji sequences need (LRM, RLM, ZWJ) stay allowed.
// biome-ignore lint/suspicious/noControlCharactersInRegex: NUL is exactly what PostgreSQL text cannot store
const STORABLE_TEXT = /^[^\u0000\uD800-\uDFFF\u202A-\u202E\u2066-\u2069]*$/u;

export const isStorableText = (value: string) => STORABLE_TEXT.test(value);

// Every free-text field of an input starts here (then trims, bounds, ...).
export const storableText = () =>
  z.string().regex(STORABLE_TEXT, "Remove the invisible or unsupported characters from this text");

// Dates far outside anything the shop has (PostgreSQL cannot even read years past 9999 in the
// form JavaScript writes them) are refused, not queried.
export const EARLIEST_DATE = new Date("2000-01-01T00:00:00.000Z");
export const LATEST_DATE = new Date("9999-12-31T23:59:59.999Z");
const DATE_RANGE_MESSAGE = "Choose a date between the years 2000 and 9999";

export const isWithinDateRange = (date: Date) =>
  date.getTime() >= EARLIEST_DATE.getTime() && date.getTime() <= LATEST_DATE.getTime();

export const boundedDate = () => z.date().min(EARLIEST_DATE, DATE_RANGE_MESSAGE).max(LATEST_DATE, DATE_RANGE_MESSAGE);
// For query strings: "2026-01-31" or an ISO instant.
export const boundedCoercedDate = () =>
  z.coerce.date().min(EARLIEST_DATE, DATE_RANGE_MESSAGE).max(LATEST_DATE, DATE_RANGE_MESSAGE);
