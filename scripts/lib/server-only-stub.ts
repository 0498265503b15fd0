// Stand-in for the "server-only" marker package outside the Next.js build (Vitest, and
// scripts run with tsconfig.scripts.json): there it would throw on import, yet the code
// importing it is server code running on the server.
export {};
