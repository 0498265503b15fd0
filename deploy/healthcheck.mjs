// The image's HEALTHCHECK (the slim Node image has no curl): exits 0 when the server in this
// container answers 2xx on the given path, 1 otherwise. Liveness by default: a draining or
// database-less instance is alive, only a hung one is not.
const path = process.argv[2] ?? "/api/health/live";
const url = `http://127.0.0.1:${process.env.PORT ?? "3000"}${path}`;

try {
  const response = await fetch(url, { signal: AbortSignal.timeout(2_500) });
  process.exit(response.ok ? 0 : 1);
} catch {
  process.exit(1);
}
