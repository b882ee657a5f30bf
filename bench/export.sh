#!/usr/bin/env bash
# Export timing (issue 12): the whole instruments list as XLSX and CSV, with N synthetic instruments, signed in.
# NOT part of the test run. bench/export.sh  (env: BENCH_PORT=8095 BENCH_DB_PORT=3395 BENCH_INSTRUMENTS=10000 BENCH_DIR=…)
# Prints one line per format and writes bench/target/export.md. Needs the jar (./mvnw -B -q -DskipTests package), curl, bc.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
DIR="${BENCH_DIR:-$ROOT/bench/target/export-data}"
PORT="${BENCH_PORT:-8095}"
DB_PORT="${BENCH_DB_PORT:-3395}"
INSTRUMENTS="${BENCH_INSTRUMENTS:-10000}"
JAR="${BENCH_JAR:-$ROOT/backend/target/partnerschaftsmonitor.jar}"
OUT="$ROOT/bench/target"
mkdir -p "$OUT" "$DIR"
DB_URL="jdbc:mysql://127.0.0.1:$DB_PORT/partnerschaftsmonitor?createDatabaseIfNotExist=true&useSSL=false&allowPublicKeyRetrieval=true&rewriteBatchedStatements=true&permitMysqlScheme=true"
BASE="http://127.0.0.1:$PORT"
PIDS=()
cleanup() { for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap cleanup EXIT
JAVA_OPTS="${BENCH_JAVA_OPTS--XX:+UseSerialGC -Xmx128m -Xss512k -XX:ReservedCodeCacheSize=128m -XX:MaxDirectMemorySize=32m}"
export PM_JWT_SECRET="${PM_JWT_SECRET:-$(head -c 48 /dev/urandom | base64 | tr -d '\n/+=')}"
wait_up() { for _ in $(seq 1 600); do [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/health" || true)" = 200 ] && return; sleep 0.2; done; exit 1; }
# The start-up warm-up (pm.warmup.enabled, PM_WARMUP_ENABLED=false switches it off) runs right after /health answers;
# BENCH_AFTER_WARMUP=1 waits for it ("Warmed up" in the log) so that "cold" is the first request a person makes after
# start, not one that races the warm-up for the CPU.
wait_warmup() { [ "${BENCH_AFTER_WARMUP:-0}" = 1 ] || return 0; for _ in $(seq 1 600); do grep -q "Warmed up" "$1" && return; sleep 0.2; done; }
start_app() {
  DATASOURCE_URL="$DB_URL" DATASOURCE_USERNAME=root DATASOURCE_PASSWORD="$BENCH_DB_PASSWORD" PM_SEED=true PORT="$PORT" \
    java $JAVA_OPTS -jar "$JAR" >"$1" 2>&1 &
  APP_PID=$!; PIDS+=("$APP_PID")
}

java -cp "$JAR" bench/Bench.java db "$DIR" "$DB_PORT" >"$OUT/export-db.log" 2>&1 &
PIDS+=("$!")
for _ in $(seq 1 600); do grep -q "DB READY" "$OUT/export-db.log" && break; sleep 0.5; done
BENCH_DB_PASSWORD="$(sed -n 's/^owner\.password=//p' "$DIR/database-credentials.properties")"
export BENCH_DB_PASSWORD
start_app "$OUT/export-app-first.log"; wait_up; kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true
java -cp "$JAR" bench/Bench.java seed "$DB_URL" "$INSTRUMENTS" | tee "$OUT/export-seed.log"
start_app "$OUT/export-app.log"; wait_up; wait_warmup "$OUT/export-app.log"
TOKEN=$(curl -s -H 'Content-Type: application/json' -d '{"username":"leadership","password":"demo"}' "$BASE/login" \
  | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p')
TOTAL=$(curl -s -H "Authorization: Bearer $TOKEN" "$BASE/api/agreements?size=1" | sed -n 's/.*"totalSize":\([0-9]*\).*/\1/p')
# The heap is the bench's bounded 128 MiB: an export that held every row would not fit far larger lists.
{
  echo "Export of the whole instruments list ($TOTAL instruments, sort=title,asc), signed in as leadership; warm-up: ${PM_WARMUP_ENABLED:-true}, after it: ${BENCH_AFTER_WARMUP:-0}; JVM: $JAVA_OPTS"
  echo
  echo "| Format | run 1 (cold) | run 2 | run 3 | size |"
  echo "|---|---|---|---|---|"
} >"$OUT/export.md"
for format in xlsx csv; do
  times=()
  for i in 1 2 3; do
    t=$(curl -s -o "$OUT/export.$format" -w '%{time_total}' -H "Authorization: Bearer $TOKEN" "$BASE/api/agreements?sort=title,asc&format=$format")
    times+=("$t")
  done
  size=$(stat -c %s "$OUT/export.$format")
  echo "$format ${times[*]} s, $size bytes"
  echo "| $format | ${times[0]} s | ${times[1]} s | ${times[2]} s | $(( size / 1024 )) KiB |" >>"$OUT/export.md"
done
[ "$(tail -c +4 "$OUT/export.csv" | wc -l)" -eq $(( TOTAL + 1 )) ] || { echo "CSV does not hold every instrument" >&2; exit 1; }
echo "Load average: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores" >>"$OUT/export.md"
cat "$OUT/export.md"
