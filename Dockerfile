# syntax=docker/dockerfile:1
# Shopfront's images. Targets:
#   runtime (the default, last stage): the production server, `node shopfront-server.cjs`;
#            the same image runs the job worker with `node shopfront-worker.mjs`.
#   migrate: one-shot; applies the database migrations and the job queue's schema, then exits.
# Build: docker build -t shopfront . && docker build --target migrate -t shopfront-migrate .
# compose.yaml builds both.

# Node 22 LTS. Bump deliberately (and rebuild): the standalone build's native packages
# (argon2, sharp) are the ones installed for this image's platform.
ARG NODE_IMAGE=node:22.21.1-bookworm-slim

FROM ${NODE_IMAGE} AS base
ENV NEXT_TELEMETRY_DISABLED=1 CHECKPOINT_DISABLE=1 PRISMA_HIDE_UPDATE_MESSAGE=1
WORKDIR /app

# Every dependency, dev included: the build needs Next.js, esbuild and tsx. No install
# scripts: none is needed to build (esbuild finds its platform binary without its own), and
# Prisma's would try to download engines this project does not use.
FROM base AS build-deps
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts --no-audit --no-fund

FROM build-deps AS build
COPY . .
# `npm run build` writes .next/standalone: Next's output, public/ and static files, and the
# bundled production server and job worker (scripts/build-server.ts, scripts/build-worker.ts).
RUN npm run db:generate \
  && npm run build \
  && npx tsx deploy/prune-standalone.ts . .next/standalone

# Production dependencies only, for the migration runner (the Prisma CLI and tsx are
# dependencies; the migrations themselves are SQL files).
FROM base AS migrate-deps
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund

FROM base AS migrate
ENV NODE_ENV=production
COPY --from=migrate-deps /app/node_modules ./node_modules
COPY package.json prisma-migrate.config.ts ./
COPY prisma ./prisma
COPY scripts/lib/prisma-cli.ts scripts/lib/prisma-cli-adapter.ts scripts/lib/prisma-migrate-schema.ts ./scripts/lib/
COPY deploy/migrate.ts ./deploy/
USER node
CMD ["node", "--import", "tsx", "deploy/migrate.ts"]

# The runtime image: the standalone build and nothing else (no npm install, no build tools,
# no dev dependencies). Files belong to root and are read-only to the app's user; only
# Next's cache directory (optimized images) is writable.
FROM base AS runtime
ENV NODE_ENV=production PORT=3000 HOSTNAME=0.0.0.0 SHUTDOWN_GRACE_SECONDS=25
COPY --from=build /app/.next/standalone ./
COPY deploy/healthcheck.mjs ./
RUN mkdir -p .next/cache && chown node:node .next/cache
USER node
EXPOSE 3000
# The server drains on SIGTERM: readiness 503, no new connections, in-flight requests finish
# within SHUTDOWN_GRACE_SECONDS, then exit 0. Give the container at least that long to stop
# (compose.yaml: stop_grace_period).
STOPSIGNAL SIGTERM
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=3 CMD ["node", "healthcheck.mjs", "/api/health/live"]
CMD ["node", "shopfront-server.cjs"]
