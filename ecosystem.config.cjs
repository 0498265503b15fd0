// PM2 (dev dependency, AGPL-3.0; never shipped in the container image): `npm run pm2:start`
// after `npm run build`. The web app runs in cluster mode on the production server; the job
// worker runs beside it as one fork process. The app's own variables (DATABASE_URL,
// AUTH_SECRET, APP_URL, ...; see .env.example) come from the environment `pm2` is started
// in: PM2 hands its caller's environment to the processes, and `pm2 reload --update-env`
// takes a changed one.
//
// The stop signal is not a per-app setting in PM2 7: the daemon sends PM2_KILL_SIGNAL
// (SIGINT unless set when the daemon starts; `npm run pm2:start` sets SIGTERM, as Docker
// sends). The server and the worker treat SIGINT and SIGTERM alike, so either drains.
const SHUTDOWN_GRACE_SECONDS = 25;

module.exports = {
  apps: [
    {
      name: "shopfront-web",
      script: ".next/standalone/shopfront-server.cjs",
      cwd: __dirname,
      // Cluster mode: PM2's master holds the port and hands connections to the instances in
      // turn, so `pm2 reload` replaces them one at a time while the others keep serving.
      exec_mode: "cluster",
      instances: process.env.WEB_INSTANCES ?? "max",
      // A new instance gets connections, and the old one is stopped, only once the new one
      // has said "ready" (server/runtime/main.ts sends it when listening, after Next.js and
      // the database client are loaded)...
      wait_ready: true,
      // ...or after this long, when PM2 gives up waiting and stops the old one anyway. A cold
      // start takes 2-4 s here (up to 15 s on a loaded two-core machine); a slow start must
      // never turn into an outage, so this is generous.
      listen_timeout: 60_000,
      // On SIGTERM/SIGINT the server drains: readiness 503, listener closed, in-flight requests
      // finish within SHUTDOWN_GRACE_SECONDS, then the shutdown hooks (job worker, Redis,
      // PostgreSQL) and exit 0. PM2 sends SIGKILL after kill_timeout (default 1.6 s, which
      // would cut every drain short), so it leaves 5 s past the grace period for the hooks.
      kill_timeout: (SHUTDOWN_GRACE_SECONDS + 5) * 1000,
      // The server's logs are JSON lines with their own timestamps.
      merge_logs: true,
      // A crash loop (e.g. a bad deploy) backs off instead of spinning.
      exp_backoff_restart_delay: 200,
      env: {
        NODE_ENV: "production",
        PORT: process.env.PORT ?? "3000",
        // Not the shell's HOSTNAME, which some systems export as the machine's name. Loopback
        // by default: a reverse proxy on this host (setting TRUSTED_PROXY_IP_HEADER's header)
        // faces the internet.
        HOSTNAME: process.env.WEB_HOSTNAME ?? "127.0.0.1",
        SHUTDOWN_GRACE_SECONDS: String(SHUTDOWN_GRACE_SECONDS),
        // Jobs run in the worker below, never in the web instances.
        JOBS_IN_PROCESS: "false",
      },
    },
    {
      name: "shopfront-worker",
      // A plain module that loads scripts/worker.ts through tsx (see the file for why).
      script: "deploy/pm2-worker.mjs",
      cwd: __dirname,
      exec_mode: "fork",
      instances: 1,
      node_args: ["--import", "tsx"],
      // The worker finishes the jobs it is running on SIGTERM/SIGINT (an email send takes
      // seconds); as for the web app, SIGKILL only after the same 30 s.
      kill_timeout: (SHUTDOWN_GRACE_SECONDS + 5) * 1000,
      merge_logs: true,
      exp_backoff_restart_delay: 200,
      env: {
        NODE_ENV: "production",
        TSX_TSCONFIG_PATH: "tsconfig.scripts.json",
      },
    },
  ],
};
