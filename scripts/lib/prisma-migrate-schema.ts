// The Prisma 6.19 CLI, which migrates offline, requires a datasource `url` that Prisma 7
// (the app's client) rejects in the schema. So the 6.19 CLI reads a copy of a schema with
// that one line added, written to the temporary directory under a name derived from its
// content: identical schemas share a file, and concurrent runs write the same bytes.
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

const DATASOURCE_OPENING = /^datasource db \{$/m;

export function withDatasourceUrl(schema: string): string {
  if (!DATASOURCE_OPENING.test(schema)) throw new Error("the schema has no `datasource db {` block");
  return schema.replace(DATASOURCE_OPENING, 'datasource db {\n  url = env("DATABASE_URL")');
}

export function schemaFileForMigrateCli(schemaPath: string): string {
  const content = withDatasourceUrl(readFileSync(schemaPath, "utf8"));
  const directory = path.join(os.tmpdir(), "shopfront-prisma-migrate");
  const file = path.join(directory, `${createHash("sha256").update(content).digest("hex").slice(0, 16)}.prisma`);
  mkdirSync(directory, { recursive: true });
  const partial = `${file}.${process.pid}`;
  writeFileSync(partial, content);
  renameSync(partial, file);
  return file;
}
