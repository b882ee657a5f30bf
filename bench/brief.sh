#!/usr/bin/env bash
# Benchmark of the one-page briefs (PDF): NOT part of the test run.
#   bench/brief.sh          # uses backend/target/partnerschaftsmonitor.jar (BENCH_BUILD=1 rebuilds it)
# Starts the app on the embedded database with the seeded data in its own folder, signs in as leadership, adds
# 40 synthetic instruments with long titles and sources to one country ([SYNTHETISCH], desk officer), then measures
# GET /api/countries/{iso2}/brief and /api/compare/brief: the first request after start (cold) and RUNS more (warm),
# sequentially, with curl's total time. Writes bench/target/brief.md.
# Environment: BENCH_PORT=8151 BENCH_DB_PORT=3451 RUNS=50 BENCH_JAVA_OPTS (default: the README's options).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
PORT="${BENCH_PORT:-8151}"
DB_PORT="${BENCH_DB_PORT:-3451}"
RUNS="${RUNS:-50}"
JAR="${BENCH_JAR:-$ROOT/backend/target/partnerschaftsmonitor.jar}"
OUT="$ROOT/bench/target"
DATA="$OUT/brief-data"
BASE="http://127.0.0.1:$PORT"
mkdir -p "$OUT"
if [ "${BENCH_BUILD:-0}" = 1 ] || [ ! -f "$JAR" ]; then ./mvnw -B -q -DskipTests package; fi
rm -rf "$DATA"
JAVA_OPTS="${BENCH_JAVA_OPTS--XX:+UseSerialGC -Xmx128m -Xss512k -XX:ReservedCodeCacheSize=128m -XX:MaxDirectMemorySize=32m}"
export MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-2}"
PORT="$PORT" PM_DB_PORT="$DB_PORT" PM_DATA_DIR="$DATA" java $JAVA_OPTS -jar "$JAR" >"$OUT/brief-app.log" 2>&1 &
APP_PID=$!
trap 'kill $APP_PID 2>/dev/null || true; wait $APP_PID 2>/dev/null || true' EXIT
for _ in $(seq 1 600); do [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/health" || true)" = 200 ] && break; sleep 0.2; done

# The start-up warm-up (pm.warmup.enabled, PM_WARMUP_ENABLED=false switches it off) runs right after /health answers;
# BENCH_AFTER_WARMUP=1 waits for it ("Warmed up" in the log) so that "cold" is the first request a person makes after
# start, not one that races the warm-up for the CPU.
wait_warmup() { [ "${BENCH_AFTER_WARMUP:-0}" = 1 ] || return 0; for _ in $(seq 1 600); do grep -q "Warmed up" "$1" && return; sleep 0.2; done; }
wait_warmup "$OUT/brief-app.log"

token() { curl -s -H 'Content-Type: application/json' -d "{\"username\":\"$1\",\"password\":\"demo\"}" "$BASE/login" \
  | sed -E 's/.*"access_token":"([^"]+)".*/\1/'; }
LEAD=$(token leadership)
DESK=$(token desk.officer)
LONG=$(printf 'Gemeinsame Absichtserklärung über eine umfassende Migrations- und Mobilitätspartnerschaft %.0s' 1 2 3 4)
for i in $(seq 1 40); do
  curl -s -o /dev/null -H "Authorization: Bearer $DESK" -H 'Content-Type: application/json' "$BASE/api/agreements" -d "{
    \"countryIso2\":\"SZ\",\"type\":\"MOU\",\"status\":\"IN_FORCE\",\"partyLevel\":\"DE_BILATERAL\",
    \"titleDe\":\"[SYNTHETISCH] ${LONG:0:400} $i\",\"nextReviewDue\":\"2027-0$((i % 9 + 1))-15\",
    \"sources\":[{\"url\":\"https://example.org/synthetisch/$(printf 'verzeichnis/%.0s' $(seq 1 20))$i.pdf\",\"title\":\"Synthetische Quelle $i\"}]}"
done

time_of() { curl -s -o /dev/null -w '%{time_total}' -H "Authorization: Bearer $LEAD" -H 'Accept: application/pdf' "$BASE$1"; }
stats() { # label path -> one table row: cold, warm p50, p95, max (ms)
  local cold; cold=$(time_of "$2")
  local file="$OUT/brief-times.txt"; : >"$file"
  for _ in $(seq 1 "$RUNS"); do time_of "$2" >>"$file"; echo >>"$file"; done
  sort -n "$file" | awk -v label="$1" -v cold="$cold" -v n="$RUNS" '
    { t[NR] = $1 * 1000 }
    END { p50 = t[int(n * 0.5 + 0.5)]; p95 = t[int(n * 0.95 + 0.5)];
          printf "| %s | %.0f | %.0f | %.0f | %.0f |\n", label, cold * 1000, p50, p95, t[NR] }'
}
{
  echo "| Brief ($RUNS warm runs each, sequential) | cold ms | p50 ms | p95 ms | max ms |"
  echo "|---|---|---|---|---|"
  stats "India, German (seeded: 1 instrument)" "/api/countries/IN/brief?lang=de"
  stats "India, English" "/api/countries/IN/brief?lang=en"
  stats "Eswatini, 40 synthetic instruments with long titles and sources" "/api/countries/SZ/brief?lang=de"
  stats "Comparison IN, MA, KE" "/api/compare/brief?countries=IN,MA,KE&lang=de"
} | tee "$OUT/brief.md"
curl -s -o "$OUT/brief-IN.pdf" -H "Authorization: Bearer $LEAD" "$BASE/api/countries/IN/brief?lang=de"
curl -s -o "$OUT/brief-SZ.pdf" -H "Authorization: Bearer $LEAD" "$BASE/api/countries/SZ/brief?lang=de"
