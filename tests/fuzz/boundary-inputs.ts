// Boundary inputs for the procedure fuzz test: values that broke the shop when it was fuzzed
// from outside (NUL, lone surrogates, out-of-range dates and integers, prototype keys, keyset
// cursors far outside PostgreSQL's range), and the mutations of a valid input that put each
// of them at every place the procedure's input schema has.
import type { z } from "../../server/lib/zod";

const SOME_UUID = "0192f1c4-8f5e-7d2a-9b1c-3e4f5a6b7c8d";
const base64url = (text: string) => Buffer.from(text).toString("base64url");
const keysetCursor = (date: Date) => base64url(`${date.toISOString()}|${SOME_UUID}`);

function nested(depth: number): unknown {
  let value: unknown = "bottom";
  for (let level = 0; level < depth; level++) value = { a: value };
  return value;
}

// Own (not inherited) keys, as JSON.parse makes them from a request body.
const prototypeKeys = JSON.parse(
  '{"__proto__": {"role": "ADMIN"}, "constructor": {"prototype": {"role": "ADMIN"}}}',
) as unknown;

// By the kind of place they go to: each place gets every value of its kind and a seeded few
// of the rest; objects get every wrong type.
const wrongTypes: readonly unknown[] = [undefined, null, true, {}, [], [SOME_UUID, 1], nested(2_000), prototypeKeys];
const texts: readonly unknown[] = [
  "\u0000",
  "fuzz\u0000text",
  "\ud800",
  "lone \udfff surrogate",
  "order SF-\u202E9ZXK2",
  "",
  "x".repeat(10_000),
  "%",
  "50%",
  "_",
  "'; SELECT pg_sleep(0); --",
  "NaN",
  "9999999999999999999",
];
// Opaque keyset cursors whose contents PostgreSQL cannot compare, for places named "cursor".
const cursors: readonly unknown[] = [
  keysetCursor(new Date(8.64e15)),
  keysetCursor(new Date("0000-01-01T00:00:00.000Z")),
  keysetCursor(new Date(-8.64e15)),
  base64url(JSON.stringify({ key: 1e308, id: SOME_UUID, sort: "relevance" })),
];
const numbers: readonly unknown[] = [
  0,
  -0,
  -1,
  0.5,
  1e308,
  -1e308,
  2 ** 31,
  -(2 ** 31) - 1,
  2 ** 53,
  2 ** 63,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  "1e308",
  "NaN",
];
const dates: readonly unknown[] = [
  new Date(8.64e15),
  new Date(-8.64e15),
  new Date("0000-01-01T00:00:00.000Z"),
  new Date(Number.NaN),
  "99999-01-01",
  "-271821-04-20",
  "0000-01-01",
  "+275760-09-13T00:00:00.000Z",
  2 ** 63,
  -8.64e15,
];
const valuesByKind: Record<string, readonly unknown[]> = {
  string: texts,
  enum: texts,
  literal: texts,
  cursor: [...texts, ...cursors],
  number: numbers,
  bigint: numbers,
  date: dates,
  object: wrongTypes,
  array: wrongTypes,
};

export const boundaryValues: readonly unknown[] = [...texts, ...cursors, ...numbers, ...dates, ...wrongTypes];
const OTHER_VALUES_PER_PLACE = 3;

type Path = (string | number)[];
type SchemaDef = {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  in?: z.ZodType;
  element?: z.ZodType;
};
const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: SchemaDef } })._zod.def;

type Place = { path: Path; kind: string };

// Every place a value can go in inputs of this schema: objects and their keys (optional ones
// too), arrays and their first element.
export function inputPlaces(schema: z.ZodType, prefix: Path = []): Place[] {
  const def = defOf(schema);
  const inner = def.innerType ?? def.in;
  if (inner) return inputPlaces(inner, prefix);
  if (def.type === "object" && def.shape) {
    return [
      { path: prefix, kind: "object" },
      ...Object.entries(def.shape).flatMap(([key, value]) => inputPlaces(value, [...prefix, key])),
    ];
  }
  if (def.type === "array" && def.element)
    return [{ path: prefix, kind: "array" }, ...inputPlaces(def.element, [...prefix, 0])];
  return [{ path: prefix, kind: prefix.at(-1) === "cursor" ? "cursor" : def.type }];
}

// A copy of the input and the object at `path` inside that copy (made where missing).
function copyReaching(input: unknown, path: Path) {
  const copy = structuredClone(input ?? {}) as Record<string | number, unknown>;
  let node = copy;
  for (const key of path) {
    if (typeof node[key] !== "object" || node[key] === null) node[key] = {};
    node = node[key] as Record<string | number, unknown>;
  }
  return { copy, node };
}

function withValueAt(input: unknown, path: Path, value: unknown): unknown {
  if (path.length === 0) return value;
  const { copy, node } = copyReaching(input, path.slice(0, -1));
  node[path.at(-1) as string | number] = value;
  return copy;
}

function withPrototypeKeysAt(input: unknown, path: Path): unknown {
  const { copy, node } = copyReaching(input, path);
  for (const key of ["__proto__", "constructor"]) {
    Object.defineProperty(node, key, {
      value: { role: "ADMIN" },
      enumerable: true,
      configurable: true,
      writable: true,
    });
  }
  return copy;
}

// The valid input with one place replaced by one boundary value (those of the place's kind
// and a seeded few others), and every object given own __proto__ and constructor keys.
export function mutationsOf(schema: z.ZodType, validInput: unknown, seed: number): unknown[] {
  return inputPlaces(schema).flatMap(({ path, kind }, index) => {
    const own = valuesByKind[kind] ?? [];
    const others = seededSample(
      boundaryValues.filter((value) => !own.includes(value)),
      OTHER_VALUES_PER_PLACE,
      seed + index,
    );
    return [
      ...[...own, ...others].map((value) => withValueAt(validInput, path, value)),
      ...(kind === "object" ? [withPrototypeKeysAt(validInput, path)] : []),
    ];
  });
}

// Deterministic choice (mulberry32): the same sample on every run.
export function seededSample<T>(items: readonly T[], count: number, seed: number): T[] {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const pool = [...items];
  for (let index = pool.length - 1; index > 0; index--) {
    const other = Math.floor(next() * (index + 1));
    [pool[index], pool[other]] = [pool[other] as T, pool[index] as T];
  }
  return pool.slice(0, count);
}
