// `next` values that only become another host once dot segments (plain or percent-encoded)
// are resolved, as a browser resolves a Location header. Every place that honours `next` is
// tested with all of them.
export const openRedirectFamily = [
  "/.//evil.example",
  "/..//evil.example",
  "/a/..//evil.example",
  "/a/b/../..//evil.example",
  "/%2e//evil.example",
  "/%2E//evil.example",
  "/%2e%2e//evil.example",
  "/a/%2e%2e//evil.example",
  "/.%2e//evil.example",
  "/././/evil.example/account",
  "/..//evil.example?next=/account",
];
