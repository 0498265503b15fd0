// A page's searchParams as Next.js hands them over: a parameter may be missing or repeated.
export type SearchParams = Record<string, string | string[] | undefined>;

// The first value of a parameter, or "" when it is missing.
export const firstParam = (value: string | string[] | undefined): string => (Array.isArray(value) ? value[0] : value) ?? "";
