#!/usr/bin/env bash
# p95 of GET /api/search under 20 concurrent clients (wrk, loopback) on an index made by
#   ./suchi bench-index --index DIR/index --rows 1000000
# usage: scripts/bench-web-search.sh DIR [PORT] [SECONDS]
set -euo pipefail
DIR="$1"; PORT="${2:-8093}"; SECS="${3:-60}"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
printf 'bench-password\n' | "$ROOT/suchi" users add bench --role analyst --password-stdin --data "$DIR"
"$ROOT/suchi" serve --data "$DIR" --port "$PORT" > "$DIR/serve.log" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do curl -fs "http://127.0.0.1:$PORT/openapi.json" >/dev/null 2>&1 && break; sleep 1; done
COOKIE="$(curl -fs -D - -o /dev/null -H 'Content-Type: application/json' \
    -d '{"user":"bench","password":"bench-password"}' "http://127.0.0.1:$PORT/api/login" \
    | sed -n 's/^[Ss]et-[Cc]ookie: \([^;]*\).*/\1/p')"
export SUCHI_COOKIE="$COOKIE"
# warm-up (facet ordinals, page cache), then the measured run
wrk -t 2 -c 20 -d 15s -s "$ROOT/scripts/bench-web-search.lua" "http://127.0.0.1:$PORT" > /dev/null
echo "== /api/search as the search page asks (facet counts, exact-hit count, snippets)"
wrk -t 2 -c 20 -d "${SECS}s" --timeout 30s -s "$ROOT/scripts/bench-web-search.lua" "http://127.0.0.1:$PORT"
echo "== /api/search?facets=false"
SUCHI_EXTRA='&facets=false' wrk -t 2 -c 20 -d "${SECS}s" --timeout 30s -s "$ROOT/scripts/bench-web-search.lua" "http://127.0.0.1:$PORT"
