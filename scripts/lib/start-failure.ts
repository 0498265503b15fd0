// One sentence a person can act on when `npm run dev` / `npm start` cannot start a service.
export function explainStartFailure(error: unknown): string {
  const code = (error as { code?: string } | undefined)?.code;
  const message = error instanceof Error ? error.message : String(error ?? "it stopped while starting");
  if (code === "EADDRINUSE" || /address already in use|could not bind/i.test(message)) {
    return `Shopfront could not start: a port it needs is taken (${message}). Stop the other process, or set DEV_POSTGRES_PORT, DEV_REDIS_PORT, DEV_MAIL_PORT, DEV_S3_PORT or PORT to free ports.`;
  }
  if (code === "EACCES" || /permission denied|EACCES/i.test(message)) {
    return `Shopfront could not start: permission denied (${message}). Run it as a regular user, or from a directory other users can enter.`;
  }
  if (/\.next\/standalone/.test(message) || code === "MODULE_NOT_FOUND") {
    return `Shopfront could not start: the production build is missing (${message}). Run npm run build first.`;
  }
  return `Shopfront could not start: ${message}. Delete .data/ to start over with fresh data, or set DATABASE_URL and REDIS_URL to use your own servers.`;
}
