// A page's searchParams as Next.js hands them over: a parameter may be missing or repeated.
export type SearchParams = Record<string, string | string[] | undefined>;

// The first value of a parameter, or "" when it is missing.
export const firstParam = (value: string | string[] | undefined): string =>
  (Array.isArray(value) ? value[0] : value) ?? "";

// The raw text of some parameters, e.g. to show a filter form as the URL left it.
export function firstParams<Key extends string>(params: SearchParams, keys: readonly Key[]): Record<Key, string> {
  return Object.fromEntries(keys.map((key) => [key, firstParam(params[key])])) as Record<Key, string>;
}
