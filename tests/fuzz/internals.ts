// Text that must never reach a client: SQL, Prisma's messages, PostgreSQL's errors, stack frames.
const INTERNALS =
  /prisma|invalid `|node_modules|\bP20\d\d\b|\n\s+at |\bat [\w.<>]+ \(|invalid byte sequence|out of range for type|violates \w+ constraint|syntax error at/i;
const SQL = /\b(SELECT|INSERT|UPDATE|DELETE) /;

export const revealsInternals = (text: string) => INTERNALS.test(text) || SQL.test(text);
