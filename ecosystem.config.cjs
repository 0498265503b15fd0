// PM2 (a dev dependency, AGPL-3.0; never shipped in the container image). After `npm run
// build`: `npm run pm2:start`, `npm run pm2:reload` (zero downtime), `npm run pm2:stop`.
// The app's own variables (DATABASE_URL, AUTH_SECRET, APP_URL, ...; see the README's
// environment table) come from the shell PM2 is started in: PM2 hands its caller's
// environment to the processes, and `pm2 reload --update-env` takes a changed one.
//
// Stopping: PM2 sends SIGINT (PM2_KILL_SIGNAL, a daemon-wide setting, not a per-app one); the
// server and the worker treat SIGINT like SIGTERM and drain.
const SHUTDOWN_GRACE_SECONDS = 25;
// SIGKILL only once the drain has had its grace period plus time for the shutdown hooks
// (job worker, Redis, PostgreSQL). PM2's default, 1.6 s, would cut every drain short.
const KILL_TIMEOUT_MS = (SHUTDOWN_GRACE_SECONDS + 5) * 1000;

module.exports = {
  apps: [
    {
      name: "shopfront-web",
      script: ".next/standalone/shopfront-server.cjs",
      cwd: __dirname,
      // Cluster mode: PM2's master process holds the port and hands each new connection to an
      // instance, so `pm2 reload` replaces the instances one at a time while the others serve.
      // A connection handed to an instance that has just stopped listening goes back to the
      // master and on to another instance (Node's cluster round-robin), so none is refused.
      exec_mode: "cluster",
      instances: process.env.WEB_INSTANCES ?? "max",
      // The old instance is stopped only once its replacement has said "ready"
      // (server/runtime/main.ts sends it when listening, after Next.js has loaded)...
      wait_ready: true,
      // ...or once this long has passed. A cold start takes 2-4 s, up to 15 s on a loaded
      // two-core machine; a slow start must not count as a failed one.
      listen_timeout: 60_000,
      kill_timeout: KILL_TIMEOUT_MS,
      // The logs are JSON lines with their own timestamps and pids.
      merge_logs: true,
      // A crash loop (a bad deploy) backs off instead of spinning.
      exp_backoff_restart_delay: 200,
      env: {
        NODE_ENV: "production",
        PORT: process.env.PORT ?? "3000",
        // Not the shell's HOSTNAME, which many systems set to the machine's name. Loopback by
        // default: a reverse proxy on this host faces the internet.
        HOSTNAME: process.env.WEB_HOSTNAME ?? "127.0.0.1",
        SHUTDOWN_GRACE_SECONDS: String(SHUTDOWN_GRACE_SECONDS),
        // Jobs run in the worker below, never in the web instances.
        JOBS_IN_PROCESS: "false",
      },
    },
    {
      name: "shopfront-worker",
      // The job worker bundled by `npm run build` (scripts/build-worker.ts): no tsx needed.
      script: ".next/standalone/shopfront-worker.mjs",
      cwd: __dirname,
      exec_mode: "fork",
      instances: 1,
      // The worker finishes its running jobs (an email send takes seconds) before it exits.
      kill_timeout: KILL_TIMEOUT_MS,
      merge_logs: true,
      exp_backoff_restart_delay: 200,
      env: { NODE_ENV: "production" },
    },
  ],
};
