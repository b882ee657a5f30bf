#!/usr/bin/env bash
# Upload and extraction time of a 50-page text PDF (issue 11; target <= 3 s), against a running app.
#   BENCH_URL=http://localhost:8110 bench/document-upload.sh      (desk.officer / demo; BENCH_PAGES=50, BENCH_RUNS=5)
# Makes a synthetic PDF (bench/DocumentPdf.java, PDFBox from the local Maven repository), creates one synthetic
# instrument ([SYNTHETISCH]) and uploads the PDF BENCH_RUNS times as a new SUMMARY each (each upload differs by one
# byte so that none is a duplicate), printing curl's total time per upload: request, Tika extraction, structure
# parsing and the writing transaction, until the 201 arrives.
set -euo pipefail
cd "$(dirname "$0")/.."
URL=${BENCH_URL:-http://localhost:8080}
PAGES=${BENCH_PAGES:-50}
RUNS=${BENCH_RUNS:-5}
OUT=bench/target/documents
mkdir -p "$OUT"
M2=${MAVEN_REPO:-$HOME/.m2/repository}
LOGGING=$(ls "$M2"/commons-logging/commons-logging/*/commons-logging-*.jar | grep -v sources | sort -V | tail -1)
CP="$M2/org/apache/pdfbox/pdfbox/3.0.8/pdfbox-3.0.8.jar:$M2/org/apache/pdfbox/pdfbox-io/3.0.8/pdfbox-io-3.0.8.jar:$M2/org/apache/pdfbox/fontbox/3.0.8/fontbox-3.0.8.jar:$LOGGING"
java -cp "$CP" bench/DocumentPdf.java "$OUT/base.pdf" "$PAGES"
TOKEN=$(curl -sf -X POST "$URL/login" -H 'Content-Type: application/json' \
  -d "{\"username\":\"${BENCH_USER:-desk.officer}\",\"password\":\"${BENCH_PASSWORD:-demo}\"}" | sed 's/.*"access_token":"\([^"]*\)".*/\1/')
ID=$(curl -sf -X POST "$URL/api/agreements" -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
  -d "{\"countryIso2\":\"IS\",\"type\":\"TREATY\",\"titleDe\":\"[SYNTHETISCH] Benchmark Dokumente $(date +%s)\",\"partyLevel\":\"DE_BILATERAL\",\"status\":\"SIGNED\"}" \
  | sed 's/^{"id":\([0-9]*\).*/\1/')
echo "PDF: $(stat -c %s "$OUT/base.pdf") bytes, $PAGES pages; instrument $ID"
for i in $(seq 1 "$RUNS"); do
  cp "$OUT/base.pdf" "$OUT/run.pdf"; printf '\n%%%s\n' "$i$RANDOM" >> "$OUT/run.pdf"   # a PDF comment: new bytes, same text
  curl -s -o "$OUT/answer.json" -w "upload $i: %{http_code} %{time_total} s\n" -H "Authorization: Bearer $TOKEN" \
    -F kind=SUMMARY -F language=de -F classification=OFFEN -F "file=@$OUT/run.pdf;type=application/pdf" "$URL/api/agreements/$ID/documents"
done
grep -o '"textChars":[0-9]*' "$OUT/answer.json"
