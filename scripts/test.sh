#!/usr/bin/env bash
# `npm test`: every test on a fresh machine. Installs what the suites need (Debian
# redis-server, haproxy, chromium, fonts, docker-compose; npm packages), then runs type
# checks, format + lint + import boundaries, unit and integration tests (real PostgreSQL +
# Redis, started by the suite), the production build, operations tests against production
# servers, and Playwright.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1 CHECKPOINT_DISABLE=1 PRISMA_HIDE_UPDATE_MESSAGE=1

missing=()
command -v redis-server >/dev/null || missing+=(redis-server)
command -v haproxy >/dev/null || missing+=(haproxy)
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || missing+=(fonts-dejavu-core)
# docker-compose (1.29) only validates compose.yaml here; without recommends, so it brings no
# Docker engine along.
missing_bare=()
command -v docker-compose >/dev/null || missing_bare+=(docker-compose)
if [ ${#missing[@]} -gt 0 ] || [ ${#missing_bare[@]} -gt 0 ]; then
  echo "Installing Debian packages: ${missing[*]} ${missing_bare[*]}"
  if [ "$(id -u)" -eq 0 ]; then sudo=""; else sudo="sudo"; fi
  $sudo apt-get update -qq
  [ ${#missing[@]} -eq 0 ] || DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
  [ ${#missing_bare[@]} -eq 0 ] || DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing_bare[@]}" >/dev/null
fi

# Exactly what the lock file records (npm ci refuses a lock that misses any platform's packages).
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi

mkdir -p .data/test-results
rm -f .data/test-results/*.json .data/test-results/*.log

step() { printf '\n=== %s\n' "$1"; }
# A hung suite fails its step instead of eating CI's whole time budget.
bounded() { local minutes="$1"; shift; timeout --kill-after=30s "${minutes}m" "$@"; }
status=0
step "lock file installs as recorded on every platform (npm ci --dry-run)" && npm ci --dry-run --ignore-scripts --no-audit --no-fund >/dev/null || status=1
step "typecheck" && npx tsc --noEmit || status=1
step "format, lint and import boundaries (biome ci, dependency-cruiser)" && npm run --silent lint || status=1
step "unit + integration (vitest)" && bounded 30 npx vitest run --project unit --project integration --reporter=default --reporter=json --outputFile.json=.data/test-results/vitest.json || status=1
step "production build" && npm run build || status=1
step "operations (production servers: drain, outages, two instances behind HAProxy, slow clients)" && bounded 15 npx vitest run --project ops --reporter=default --reporter=json --outputFile.json=.data/test-results/ops.json || status=1
step "end-to-end (playwright, Debian chromium)" && bounded 40 npx playwright test || status=1
step "log canary (no secrets in the e2e server's logs)" && node scripts/log-canary.mjs || status=1

node scripts/test-summary.mjs || status=1
exit $status
