// zod's default messages ("Too big: expected string to have <=20 characters") are written for
// developers, and they reach people through every form. This error map turns each default into
// a sentence that names the field and its limit: "Postal code is too long (20 characters at most)".
// A message a schema sets itself always wins. The field's name is the schema's `.meta({ title })`
// when it has one, else its key made readable ("postalCode" → "Postal code", "categoryId" →
// "Category"). Browser-safe.
import { globalRegistry, type core } from "zod";

type RawIssue = core.$ZodRawIssue;

const count = (n: number | bigint) => new Intl.NumberFormat("en-US").format(n);
const plural = (n: number | bigint, one: string, many: string) => `${count(n)} ${n === 1 || n === 1n ? one : many}`;

// "postalCode" → "Postal code"; a trailing Id or Cents names the thing, not its storage; `q` is
// the usual name of a search box.
function readable(key: string): string {
  if (key === "q") return "Search";
  const words = key
    .replace(/(Id|Cents)$/, "")
    .replace(/([a-z])([A-Z0-9])/g, "$1 $2")
    .replace(/[_-]+/g, " ")
    .trim()
    .toLowerCase();
  return words ? words.charAt(0).toUpperCase() + words.slice(1) : "This value";
}

function isSchema(value: unknown): value is core.$ZodType {
  return (
    typeof value === "object" &&
    value !== null &&
    "_zod" in value &&
    (value as core.$ZodType)._zod.traits.has("$ZodType")
  );
}

function labelOf(issue: RawIssue): string {
  const schema = issue.schema ?? (isSchema(issue.inst) ? issue.inst : undefined);
  const title = schema ? globalRegistry.get(schema)?.title : undefined;
  if (title) return title;
  const key = [...(issue.path ?? [])].reverse().find((part): part is string => typeof part === "string");
  return key ? readable(key) : "This value";
}

const day = (value: number | bigint) => new Date(Number(value)).toISOString().slice(0, 10);

function tooSmall(label: string, issue: Extract<RawIssue, { code: "too_small" }>): string {
  const { minimum: min, inclusive, exact } = issue;
  switch (issue.origin) {
    case "string":
      if (exact) return `${label} must be exactly ${plural(min, "character", "characters")}`;
      if (Number(min) <= 1) return `${label} is required`;
      return `${label} is too short (at least ${plural(min, "character", "characters")})`;
    case "array":
    case "set":
      return `${label} needs at least ${plural(min, "item", "items")}`;
    case "date":
      return `${label} must be ${inclusive ? "on or after" : "after"} ${day(min)}`;
    case "file":
      return `${label} is too small (at least ${plural(min, "byte", "bytes")})`;
    default:
      return `${label} must be ${inclusive ? "at least" : "more than"} ${count(min)}`;
  }
}

function tooBig(label: string, issue: Extract<RawIssue, { code: "too_big" }>): string {
  const { maximum: max, inclusive, exact } = issue;
  switch (issue.origin) {
    case "string":
      if (exact) return `${label} must be exactly ${plural(max, "character", "characters")}`;
      return `${label} is too long (${plural(max, "character", "characters")} at most)`;
    case "array":
    case "set":
      return `${label} has too many items (${count(max)} at most)`;
    case "date":
      return `${label} must be ${inclusive ? "on or before" : "before"} ${day(max)}`;
    case "file":
      return `${label} is too large (${plural(max, "byte", "bytes")} at most)`;
    default:
      return `${label} must be ${inclusive ? "at most" : "less than"} ${count(max)}`;
  }
}

function wrongType(label: string, issue: Extract<RawIssue, { code: "invalid_type" }>): string {
  if (issue.input === undefined || issue.input === null) return `${label} is required`;
  switch (issue.expected) {
    case "int":
      return typeof issue.input === "number" && Number.isFinite(issue.input)
        ? `${label} must be a whole number`
        : `${label} must be a number`;
    case "number":
    case "bigint":
      return `${label} must be a number`;
    case "boolean":
      return `${label} must be yes or no`;
    case "date":
      return `${label} must be a date`;
    case "string":
      return `${label} must be text`;
    default:
      return `${label} is not valid`;
  }
}

function badFormat(label: string, issue: Extract<RawIssue, { code: "invalid_format" }>): string {
  switch (issue.format) {
    case "email":
      return "Enter a valid email address, like name@example.com";
    case "url":
      return `${label} must be a web address, like https://example.com`;
    case "date":
    case "datetime":
      return `${label} must be a date`;
    case "starts_with":
      return `${label} must start with “${String(issue.prefix)}”`;
    case "ends_with":
      return `${label} must end with “${String(issue.suffix)}”`;
    case "includes":
      return `${label} must include “${String(issue.includes)}”`;
    case "regex":
      return `${label} is not in the expected format`;
    default:
      return `${label} is not valid`;
  }
}

export function humanMessage(issue: RawIssue): string {
  const label = labelOf(issue);
  switch (issue.code) {
    case "invalid_type":
      return wrongType(label, issue);
    case "too_small":
      return tooSmall(label, issue);
    case "too_big":
      return tooBig(label, issue);
    case "invalid_format":
      return badFormat(label, issue);
    case "not_multiple_of":
      return `${label} must be a multiple of ${count(issue.divisor)}`;
    case "invalid_value":
      return issue.values.length === 1
        ? `${label} must be ${String(issue.values[0])}`
        : `${label} must be one of the listed options`;
    case "unrecognized_keys":
      return `Unexpected field${issue.keys.length > 1 ? "s" : ""}: ${issue.keys.join(", ")}`;
    default:
      return `${label} is not valid`;
  }
}
