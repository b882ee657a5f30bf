#!/usr/bin/env bash
# The search index's own work, timed without HTTP (bench/harness/SearchHarness.java). NOT part of the test run.
#   bench/search-harness.sh passages 10 [JVM options, e.g. -Dthreads=16 -Dgate=2 -Dwarm=40 -Didmin=<first instrument with documents, search.md probe>]
# Needs the data folder bench/search.sh left (BENCH_DIR) and its database running on BENCH_DB_PORT (3397):
#   java -cp backend/target/partnerschaftsmonitor.jar bench/Bench.java db bench/target/search-data 3397
# and the compiled backend (./mvnw -pl backend -Dskip.npm=true compile). Reads the index folder; writes nothing.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
CPFILE=bench/target/harness-classpath.txt
[ -s "$CPFILE" ] || ./mvnw -B -q -pl backend dependency:build-classpath -Dmdep.outputFile="$ROOT/$CPFILE" >/dev/null
CP="backend/target/classes:$(cat "$CPFILE")"
mkdir -p bench/target/harness
javac -nowarn -cp "$CP" -d bench/target/harness bench/harness/SearchHarness.java 2>&1 | grep -v '^Note' || true
what="$1"; seconds="$2"; shift 2
java -XX:+UseSerialGC -Xmx128m -Xss512k -XX:ReservedCodeCacheSize=128m -Ddir="${BENCH_DIR:-bench/target/search-data}" \
  -DdbPort="${BENCH_DB_PORT:-3397}" "$@" -cp "bench/target/harness:$CP" de.bund.partnerschaftsmonitor.search.SearchHarness "$what" "$seconds" 2>&1 | grep -v SLF4J
