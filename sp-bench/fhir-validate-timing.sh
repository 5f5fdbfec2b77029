#!/usr/bin/env bash
# `sp fhir validate` of one episode Bundle, cold and warm (issue 12; docs/PERFORMANCE.md).
#   cold: a fresh JVM validating one Bundle, the whole command as a user runs it (RUNS runs, default 3);
#   warm: per Bundle, from one JVM validating 1 and then 41 copies: (t41 - t1) / 40 (the command validates files
#   one per processor at a time after the first, so on 2 cores the wall time per Bundle is about half its CPU time);
#   for ./sp also under both compiler modes (C1 only and C1 with C2), over 41, LONG (default 201) and LONGER (default
#   1001; 0 skips it) copies: (tN - t1) / (N - 1), where C2 has had longer to compile the validator; each row also
#   says which mode the launcher itself chooses for that many files (docs/cli.md).
# Also the classes one cold run loads, by source, and when that run reached each phase. Each is measured twice: as
# `java -jar sp.jar` (default JVM options) and as the ./sp launcher runs it (serial GC, C1 only, the AppCDS archive
# the build writes; the exact java command is printed). Wall time and CPU time (user + system, all threads) come from
# /usr/bin/time; on a busy machine only the CPU time means anything.
# With BASELINE=DIR (another checkout, its sp-cli/target/sp.jar built, e.g. a clean clone of main), the cold runs
# through ./sp alternate between that checkout's ./sp and this one's, run by run, so both see the same load.
# Usage: sp-bench/fhir-validate-timing.sh   (from the repository root, after './mvnw -pl sp-cli -am package')
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jar="$root/sp-cli/target/sp.jar"
runs="${RUNS:-3}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
java -jar "$jar" demo -o "$work/demo" > /dev/null
bundle="$work/demo/fhir/EP-101.bundle.json"
long="${LONG:-201}"
longer="${LONGER:-1001}"
for i in $(seq 1 "$(( long > longer ? long : longer ))"); do cp "$bundle" "$work/copy-$i.json"; done
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); load: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "java: $(java -version 2>&1 | head -1)"
echo "./sp runs: $(SP_LAUNCHER_DRY_RUN=1 "$root/sp" fhir validate FILE)"
echo "./sp runs for two files: $(SP_LAUNCHER_DRY_RUN=1 "$root/sp" fhir validate FILE1 FILE2)"

# Prints "wall cpu" in seconds of one run; the command's output is discarded (exit 1 = issues found is expected).
timed() {
  /usr/bin/time -f "%e %U %S" -o "$work/time.txt" "$@" > /dev/null 2>&1 || true
  awk '{ printf "%s %.2f\n", $1, $2 + $3 }' "$work/time.txt"
}
for how in "java -jar" "./sp"; do
  if [ "$how" = "./sp" ]; then cmd=("$root/sp"); else cmd=(java -jar "$jar"); fi
  validate=("${cmd[@]}" fhir validate --quiet --package "$work/demo/conformance")
  for run in $(seq "$runs"); do
    if [ "$how" = "./sp" ] && [ -n "${BASELINE:-}" ]; then
      read -r wall cpu < <(timed "$BASELINE/sp" "${validate[@]:1}" "$bundle")
      echo "$how of BASELINE ($(git -C "$BASELINE" rev-parse --short HEAD)), cold run $run: ${wall} s wall, ${cpu} s CPU"
    fi
    read -r wall cpu < <(timed "${validate[@]}" "$bundle")
    echo "$how, cold run $run: ${wall} s wall, ${cpu} s CPU"
  done
  # Classes loaded by one cold run, by where they came from (the JDK's CDS archive, sp.jsa, the jar).
  if [ "$how" = "./sp" ]; then
    SP_JAVA_OPTS="-Xlog:class+load=info:file=$work/classes.txt" "${validate[@]}" "$bundle" > /dev/null 2>&1 || true
  else
    java -Xlog:class+load=info:file="$work/classes.txt" -jar "$jar" fhir validate --quiet \
      --package "$work/demo/conformance" "$bundle" > /dev/null 2>&1 || true
  fi
  echo "$how, classes loaded by one cold run: $(grep -c 'source:' "$work/classes.txt")" \
    "($(grep -c 'source: shared objects file' "$work/classes.txt") from CDS archives," \
    "$(grep -c 'source: file:\|source: jar:' "$work/classes.txt") from the jar)"
  # When that run reached each phase: the JVM's uptime when a class that marks it was first loaded (the log slows
  # the run a little). R4 core parsed = its StructureDefinitions' list complete and the first converted to R5.
  at() { grep -m1 " $1 source:" "$work/classes.txt" | sed 's/^\[\([0-9.]*\)s\].*/\1/'; }
  echo "$how, phases of that run (s after JVM start): main class $(at org.socialprescribing.cli.Sp)," \
    "validator build $(at 'org.socialprescribing.fhir.validation.FhirValidation\$Builder')," \
    "SDK and --package resources read $(at org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain)," \
    "first validation $(at org.socialprescribing.cli.ValidationRun)," \
    "R4 core parsed $(at org.hl7.fhir.convertors.conv40_50.resources40_50.StructureDefinition40_50)," \
    "results $(at org.socialprescribing.fhir.validation.HapiMessages)," \
    "output $(at org.socialprescribing.cli.IssueLines)," \
    "last class $(tail -1 "$work/classes.txt" | sed 's/^\[\([0-9.]*\)s\].*/\1/')"
  if [ "$how" = "./sp" ]; then
    modes=("C1 only:-XX:TieredStopAtLevel=1" "C1 and C2:-XX:TieredStopAtLevel=4")
  else
    modes=("JVM defaults:")
  fi
  sizes=(41 "$long")
  if [ "$how" = "./sp" ] && [ "$longer" -gt 0 ]; then sizes+=("$longer"); fi
  for mode in "${modes[@]}"; do
    for n in "${sizes[@]}"; do
      files=()
      for i in $(seq 1 "$n"); do files+=("$work/copy-$i.json"); done
      chosen=""
      if [ "$how" = "./sp" ]; then # the compilers the launcher chooses for this many files, without SP_JAVA_OPTS
        case "$(SP_LAUNCHER_DRY_RUN=1 "${validate[@]}" "${files[@]}")" in
          *TieredStopAtLevel=1*) chosen=" (the launcher's own choice for $n files: C1 only)" ;;
          *) chosen=" (the launcher's own choice for $n files: C1 and C2)" ;;
        esac
      fi
      read -r wall1 cpu1 < <(SP_JAVA_OPTS="${mode#*:}" timed "${validate[@]}" "$work/copy-1.json")
      read -r walln cpun < <(SP_JAVA_OPTS="${mode#*:}" timed "${validate[@]}" "${files[@]}")
      echo "$how (${mode%%:*}), 1 Bundle: ${wall1} s wall, ${cpu1} s CPU; $n Bundles: ${walln} s wall, ${cpun} s CPU;" \
        "warm per Bundle: $(echo "scale=1; ($walln - $wall1) * 1000 / ($n - 1)" | bc) ms wall," \
        "$(echo "scale=1; ($cpun - $cpu1) * 1000 / ($n - 1)" | bc) ms CPU$chosen"
    done
  done
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
