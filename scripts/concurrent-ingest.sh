#!/usr/bin/env bash
# Two `suchi ingest` runs started together (the second 0-3 s later) into one output folder, N times
# (default 20); after each pair a third run must resume cleanly (nothing extracted again) and every
# journal line must parse. Prints one line per round and a summary. Usage:
#   scripts/concurrent-ingest.sh [ROUNDS] [SRC_FILE...]   (default: samples/sample-png-c.png samples/sample-jpg-c.jpg)
set -uo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ROUNDS="${1:-20}"; shift || true
FILES=("$@"); (( ${#FILES[@]} )) || FILES=("$ROOT/samples/sample-png-c.png" "$ROOT/samples/sample-jpg-c.jpg")
JAR="${SUCHI_JAR:-$ROOT/cli/target/suchi.jar}"
WORK="$(mktemp -d)"; trap 'rm -rf "$WORK"' EXIT
mkdir -p "$WORK/src"; cp "${FILES[@]}" "$WORK/src/"
run() { OMP_THREAD_LIMIT=1 java -Xmx1g -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Djava.awt.headless=true \
        "-Dsuchi.home=$ROOT" "-Dsuchi.log=$WORK/log" -cp "$JAR" org.suchi.cli.Main ingest "$WORK/src" --out "$1" --jobs 1 --progress none; }
ok=0
for ((i = 1; i <= ROUNDS; i++)); do
    out="$WORK/out$i"
    run "$out" >/dev/null 2>"$WORK/e1" & p1=$!
    sleep "$(awk -v s="$RANDOM" 'BEGIN { printf "%.2f", (s % 300) / 100 }')"
    run "$out" >/dev/null 2>"$WORK/e2" & p2=$!
    wait $p1; c1=$?; wait $p2; c2=$?
    run "$out" >/dev/null 2>"$WORK/e3"; c3=$?
    parse=$(python3 -c '
import json, sys
n = 0
for f in sys.argv[1:]:
    try:
        for l in open(f, encoding="utf-8"):
            if l.strip(): json.loads(l); n += 1
    except FileNotFoundError: pass
print(n)' "$out/_journal.jsonl" "$out/_failed.jsonl" 2>&1)
    traces=$(cat "$WORK/e1" "$WORK/e2" "$WORK/e3" | grep -c -E $'\tat |Exception' || true)
    resumed=$(grep -c "0 extracted" "$WORK/e3" || true)
    verdict=bad
    if [[ "$parse" == "${#FILES[@]}" && "$traces" == 0 && "$c3" == 0 && "$resumed" == 1 ]] \
        && [[ "$c1" == 0 || "$c1" == 17 ]] && [[ "$c2" == 0 || "$c2" == 17 ]]; then verdict=ok; ok=$((ok + 1)); fi
    echo "round $i: exit codes $c1 $c2, third run $c3 (resumed: $resumed), journal lines parsed: $parse, traces: $traces -> $verdict"
done
echo "concurrent ingest: $ok of $ROUNDS rounds clean"
