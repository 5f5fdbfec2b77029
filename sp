#!/usr/bin/env bash
# The `sp` command line. On first use (or after a source change) it builds the executable jar through the
# Maven Wrapper, so a fresh clone needs nothing but JDK 17.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
jar="$root/sp-cli/target/sp.jar"
# Build output (target/, e.g. the consumer project's copied pom.xml) never counts as a source change.
# SP_LAUNCHER_DRY_RUN (below) only prints the java command, so it never builds.
if [ -z "${SP_LAUNCHER_DRY_RUN:-}" ] && { [ ! -f "$jar" ] || [ -n "$(find "$root" \( -path "$root/.git" -o -name target \) -prune -o \( -path '*/src/main/*' -o -name pom.xml \) -newer "$jar" -print -quit)" ]; }; then
  echo "sp: building the command line (first use takes a few minutes)..." >&2
  (cd "$root" && ./mvnw -q -B -pl sp-cli -am package -DskipTests -Dmaven.javadoc.skip=true -Dmaven.source.skip=true) >&2
fi
# JVM options by command (docs/PERFORMANCE.md, "Start-up" and "sp score"). On a small machine the JVM's own
# threads compete with the command for the cores:
# - the serial collector for every command but fhir serve (unless SP_JAVA_OPTS names another): no concurrent GC
#   threads, a small young generation that stays in the CPU caches;
# - for fhir serve, the parallel collector and a 1 GB young generation: its two request threads waited for the serial
#   collector, which spent about 7 ms of every Bundle copying the validator's live data; with these, about 2 ms, and
#   a Bundle every 26 to 32 ms two at a time where it was 34 to 38 ms (about 1.3 GB resident, 0.8 GB before);
# - C1 only (-XX:TieredStopAtLevel=1) for the short commands (--version, help, instruments, fhir validate of fewer
#   than C2_FILES files, ...): C2 kept compiling for longer than a short run lasts (sp fhir validate of one Bundle
#   cost a third less CPU time without it, 41 Bundles too, 201 about the same either way);
# - C2 kept for fhir validate of C2_FILES files or more: once C2 has compiled HAPI's validator (a few hundred
#   Bundles), a Bundle costs well under half the CPU time it costs under C1 only, so over 1,001 Bundles C2 won
#   (docs/PERFORMANCE.md; sp-bench/fhir-validate-timing.sh times both and prints the launcher's choice);
# - C2 kept for fhir serve, which runs for as long as it is needed, for the same reason;
# - C2 kept (full tiered compilation) for the commands that stream rows (score, change, extract, gp import): with
#   C1 only, 10 million scored rows cost about twice the CPU time;
# - a capped heap for sp score, which streams in constant memory: a small heap keeps the young generation small,
#   and 10 million rows cost less CPU time in 128 MB than in the default heap (a quarter of the RAM);
# - the AppCDS archive the build writes (target/sp.jsa, classes of 'sp score' and 'sp fhir validate'), when it is
#   newer than the jar: it only matches the jar it was made from. This JDK maps an archive at a random address and
#   then relocates every pointer in it (-Xlog:cds: "ArchiveRelocationMode == 1"); mapping it where it was made
#   saves about 0.15 s of CPU time on every start, and the JVM falls back to relocating when that address is taken.
# SP_JAVA_OPTS comes after these options, so it can change any of them (-Xmx..., -XX:TieredStopAtLevel=...).
C2_FILES=500 # sp fhir validate of this many files or more keeps C2 (see above)
# One pass over the arguments: the command's words (the first two that are neither an option nor an option's value),
# the files named after them (for fhir validate: the rest of those words, and everything after --), and whether
# --server sends them to a running sp fhir serve.
command=()
files=0
server=false
expect_value=false
ended=false
for arg in "$@"; do
  if $expect_value; then expect_value=false; continue; fi
  if $ended; then files=$((files + 1)); continue; fi
  case "$arg" in
    --) ended=true ;;
    --server) server=true; expect_value=true ;;
    --server=*) server=true ;;
    --limit | --package | --profile | --format) expect_value=true ;;
    -*) ;;
    *) if [ ${#command[@]} -lt 2 ]; then command+=("$arg"); else files=$((files + 1)); fi ;;
  esac
done
opts=()
case "${command[0]:-} ${command[1]:-}" in
  "score "*) opts+=(-Xmx128m) ;;                               # streams rows in constant memory, C2
  "change "* | "extract "* | "gp import") ;;                   # stream rows, memory grows with persons: C2
  "fhir validate" | "fhir serve")
    if [ "${command[1]}" = serve ]; then
      files=$C2_FILES # a resident validator: C2 and the large young generation, as for many files
    elif $server; then
      files=1 # a client of sp fhir serve, which does the work: a short run
    fi
    [ "$files" -ge "$C2_FILES" ] || opts+=(-XX:TieredStopAtLevel=1) # many files: C2
    # Several files: a 512 MB young generation. The serial collector sized it from the initial heap (about 120 MB
    # here), so a young collection came every two or three Bundles and copied the validator's live data each time:
    # 20 to 30 ms of collection per Bundle, a fifth of its CPU time. Only where the default maximum heap (a quarter
    # of the RAM) leaves room beside it, and not when SP_JAVA_OPTS sizes the heap or names a collector.
    mem_kb=$(awk '/^MemTotal:/ { print $2 }' /proc/meminfo 2> /dev/null || true)
    case " ${SP_JAVA_OPTS:-} " in
      *-Xm[xns]* | *GC\ *) ;;
      *) if [ "${command[1]}" = serve ] && [ "${mem_kb:-0}" -ge 8000000 ]; then opts+=(-Xmn1g)
         elif [ "$files" -gt 1 ] && [ "${mem_kb:-0}" -ge 4000000 ]; then opts+=(-Xmn512m); fi ;;
    esac
    ;;
  *) opts+=(-XX:TieredStopAtLevel=1) ;;                         # short runs: C1 only
esac
case " ${SP_JAVA_OPTS:-} " in
  *GC\ *) ;;
  *) if [ "${command[0]:-} ${command[1]:-}" = "fhir serve" ]; then opts+=(-XX:+UseParallelGC); else opts+=(-XX:+UseSerialGC); fi ;;
esac
# fhir commands allocate hundreds of megabytes in a short run (sp fhir validate: about 0.9 GB for one Bundle, R4
# core's StructureDefinitions parsed and converted): on a kernel that gives transparent huge pages only to programs
# that ask ("madvise", the usual default), the heap asks, so the kernel zeroes and maps it 2 MB at a time instead of
# 4 KB (a cold sp fhir validate spent about a tenth less CPU time, most of it in the kernel and the collector).
if [ "${command[0]:-}" = fhir ] && grep -qs '\[madvise\]' /sys/kernel/mm/transparent_hugepage/enabled; then
  opts+=(-XX:+UseTransparentHugePages)
fi
cds="$root/sp-cli/target/sp.jsa"
if [ -f "$cds" ] && [ "$cds" -nt "$jar" ]; then
  opts+=(-XX:SharedArchiveFile="$cds" -Xshare:auto -XX:+UnlockDiagnosticVMOptions -XX:ArchiveRelocationMode=0
    -Xlog:disable -Xlog:all=warning:stderr)
fi
if [ -n "${SP_LAUNCHER_DRY_RUN:-}" ]; then # print the java command instead of running it (sp-bench scripts)
  # shellcheck disable=SC2086
  echo java "${opts[@]}" ${SP_JAVA_OPTS:-} -jar "$jar" "$@"
  exit 0
fi
# shellcheck disable=SC2086 # SP_JAVA_OPTS holds several options
exec java "${opts[@]}" ${SP_JAVA_OPTS:-} -jar "$jar" "$@"
