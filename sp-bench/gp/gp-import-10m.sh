#!/usr/bin/env bash
# The GP extract import of docs/PERFORMANCE.md ("sp gp import"), measured in one run against a baseline:
#   1. FastCSV alone reading the same file (FastCsvReadBaseline): the floor of any CSV-based import;
#   2. `sp gp import` on a 10-million-row coded-event extract under -Xmx256m, episodes to /dev/null, reported rows to
#      a file. The extract has 2,000,000 persons of 5 rows each (a referral, SWEMWBS 21, WEMWBS twice, PHQ-9), sorted
#      by person as the contract asks; every 1,000th row has an unknown code (10,000 reported rows).
# Each command runs RUNS times (default 1; the import takes minutes); the median wall time, CPU time and the peak
# resident size are reported, and rows per second from the wall time. Needs /usr/bin/time, awk and the built jars:
#   ./mvnw -B -pl sp-cli,sp-bench -am package -DskipTests
# Usage: sp-bench/gp/gp-import-10m.sh [WORKDIR]   (default /tmp/sp-gp-bench; about 600 MB of input)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
work="${1:-/tmp/sp-gp-bench}"
runs="${RUNS:-1}"
rows="${ROWS:-10000000}"
sp_jar="${SP_JAR:-$root/sp-cli/target/sp.jar}"
bench_cp="${FASTCSV_CP:-$root/sp-bench/target/benchmarks.jar}"
mkdir -p "$work"
input="$work/extract-$rows.csv"

[ -f "$input" ] || awk -v N="$rows" 'BEGIN {
  print "person_id,date,code,code_system,value,practice_ods,record_id";
  split("871731000000106,718466001,718426000,718426000,720433000", code, ",");
  split(",21,44,52,9", value, ",");
  split("2024-03-01,2024-03-01,2024-03-15,2024-09-15,2024-09-15", day, ",");
  for (r = 0; r < N; r++) {
    k = r % 5 + 1; c = (r % 1000 == 999) ? "99999" : code[k];
    printf "P%d,%s,%s,snomed,%s,A12345,R%d\n", int(r / 5), day[k], c, value[k], r } }' > "$input"

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
measure() {
  local label="$1"; shift
  local times=() cpus=() rss=()
  for _ in $(seq "$runs"); do
    # exit code 1 means "rows reported", which this input has by design
    /usr/bin/time -f "%e %U %S %M" -o "$work/time.txt" "$@" > /dev/null 2> "$work/stderr.txt" || true
    read -r t u s m < <(tail -1 "$work/time.txt")
    times+=("$t"); cpus+=("$(awk -v u="$u" -v s="$s" 'BEGIN { printf "%.1f", u + s }')"); rss+=("$m")
  done
  local med; med=$(printf '%s\n' "${times[@]}" | median)
  local cpu; cpu=$(printf '%s\n' "${cpus[@]}" | median)
  local mem; mem=$(printf '%s\n' "${rss[@]}" | sort -n | tail -1)
  printf '| %s | %s | %s | %d | %s |\n' "$label" "$med" "$cpu" $((mem / 1024)) \
    "$(awk -v n="$rows" -v t="$med" 'BEGIN { printf "%.0f", n / t }')"
}

echo "machine: $(nproc) CPUs, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'), $(free -g | awk '/Mem:/ {print $2}') GB"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "java: $(java -version 2>&1 | head -1); input: $rows rows, $(($(stat -c %s "$input") / 1048576)) MB"
echo
echo "| Command | Wall (s) | CPU (s) | Max RSS (MB) | Rows/s (wall) |"
echo "|---|---:|---:|---:|---:|"
measure "FastCSV read only (baseline)" java -cp "$bench_cp" org.socialprescribing.bench.FastCsvReadBaseline "$input"
measure "sp gp import, -Xmx256m" java -Xmx256m -jar "$sp_jar" gp import "$input" --today 2026-12-07 --output /dev/null
echo
echo "sp gp import summary: $(grep ' rows: ' "$work/stderr.txt" | sed "s|$work/||")"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
