#!/usr/bin/env bash
# Peer baselines for `sp fhir validate` of one episode Bundle (issue 12 §5; docs/PERFORMANCE.md): how fast are the
# tools an integrator would otherwise use, on the demo's EP-101 Bundle and this machine, beside the SDK in the same run?
#   sdk cli  = java -jar sp.jar fhir validate --package DEMO/conformance EP-101 (cold only: the whole command);
#   sdk ./sp = the same through the ./sp launcher (serial GC, C1 only, the build's AppCDS archive; cold only), the
#              SDK's headline cold figure;
#   sdk lib  = the SDK's library (FhirValidation.builder().addConformanceFolder(DEMO/conformance)), PeerValidators sdk;
#   hapi     = plain HAPI FHIR 8.8.0 set up as HAPI documents it, without the SDK: FhirInstanceValidator over a chain
#              of DefaultProfileValidationSupport, a PrePopulatedValidationSupport with every conformance resource of
#              the SDK's published package (sp-cli/target/fhir-package/package.tgz, unpacked) and DEMO/conformance,
#              InMemoryTerminologyServerValidationSupport, CommonCodeSystemsTerminologyService and
#              SnapshotGeneratingValidationSupport (PeerValidators hapi). The Bundle's profiles are the SDK's; the
#              demo's conformance folder holds only the demo's Outcomes Star Questionnaire and code system, so without
#              the package HAPI would not know the profiles;
#   hl7      = the HL7 reference validator's engine (org.hl7.fhir.validation.ValidationEngine 6.7.9, what
#              validator_cli.jar runs; Hl7Engine), offline: no terminology server, hl7.fhir.r4.core#4.0.1 assembled
#              here from the R4 core resources HAPI ships (the files sp-fhir-validation's build writes, see R4CoreFiles)
#              in a package cache under a temporary user.home, an empty hl7.fhir.xver-extensions#0.1.0 beside it (the
#              engine loads it on start), the same two folders as hapi (the CLI's -ig), and -extension any (HAPI's
#              default). Its extra errors are packages it cannot have offline, not the Bundle: R5's itemWeight
#              extension (hl7.fhir.uv.extensions.r4) and ISO 4217 currencies (hl7.terminology.r4 or a server).
# Cold: a fresh JVM per run (RUNS runs, default 3), the whole command: wall and CPU (user + system, all threads) from
# /usr/bin/time, and for the Java programs the JVM's own start-to-first-result time (its uptime, without the
# launcher's few ms before the VM records its start). Warm: one JVM validating the Bundle's text N times on one
# thread, ms per Bundle over the last N - 1 (N = 41 and LONG, default 201), wall and that thread's CPU time. All JVMs
# run with the JVM's default options, as `java -jar` does. On a busy machine only the CPU times mean anything.
# Usage: sp-bench/fhir/peer-validators.sh   (from the repository root, after
#   ./mvnw -B -o -q -pl sp-cli -am package -DskipTests   and
#   ./mvnw -B -o -q -pl sp-bench -am package -DskipTests dependency:build-classpath \
#     -Dmdep.outputFile=target/classpath.txt)
# HL7=0 leaves the HL7 engine out.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
jar="$root/sp-cli/target/sp.jar"
sdk_package="$root/sp-cli/target/fhir-package/package.tgz"
r4core="$root/sp-fhir-validation/target/classes/org/socialprescribing/fhir/validation/r4core"
runs="${RUNS:-3}"
long="${LONG:-201}"
for f in "$jar" "$sdk_package" "$root/sp-bench/target/classpath.txt" "$r4core/index.tsv"; do
  [ -f "$f" ] || { echo "missing $f: run the two ./mvnw commands in this script's usage first" >&2; exit 2; }
done
cp="$(cat "$root/sp-bench/target/classpath.txt")"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

java -jar "$jar" demo -o "$work/demo" > /dev/null
bundle="$work/demo/fhir/EP-101.bundle.json"
mkdir -p "$work/sdk-package" "$work/classes"
tar xzf "$sdk_package" -C "$work/sdk-package"
folders=("$work/sdk-package/package" "$work/demo/conformance")

# The engine needs commons-collections4, which the SDK's HAPI dependencies leave out (org.hl7.fhir.validation's pom
# lists it); taken from the local Maven repository, the newest there.
hl7="${HL7:-1}"
collections="$(ls "$HOME"/.m2/repository/org/apache/commons/commons-collections4/*/commons-collections4-*.jar \
  2> /dev/null | grep -v sources | sort -V | tail -1 || true)"
if [ "$hl7" = 1 ] && [ -z "$collections" ]; then
  echo "no commons-collections4 jar in ~/.m2: the HL7 engine is left out" >&2
  hl7=0
fi
classpath="$work/classes:$cp${collections:+:$collections}"
# -Xlint:all but path: the Maven class path names jars that plantuml's manifest lists and that are not there.
javac -Xlint:all,-path -d "$work/classes" -cp "$classpath" \
  "$root/sp-bench/fhir/PeerValidators.java" "$root/sp-bench/fhir/Hl7Engine.java"

# The package cache the HL7 engine reads (user.home/.fhir/packages), never the real one.
home="$work/home"
core="$home/.fhir/packages/hl7.fhir.r4.core#4.0.1/package"
xver="$home/.fhir/packages/hl7.fhir.xver-extensions#0.1.0/package"
mkdir -p "$core" "$xver"
cp "$r4core"/*.json "$core/"
echo '{"name":"hl7.fhir.r4.core","version":"4.0.1","type":"Core","fhirVersions":["4.0.1"],"dependencies":{}}' \
  > "$core/package.json"
echo '{"name":"hl7.fhir.xver-extensions","version":"0.1.0","type":"IG","fhirVersions":["4.0.1"],"dependencies":{}}' \
  > "$xver/package.json"

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); $(uptime)"
echo "java: $(java -version 2>&1 | head -1)"
echo "./sp runs: $(SP_LAUNCHER_DRY_RUN=1 "$root/sp" fhir validate FILE)"

# Runs a command under /usr/bin/time; its output goes to $work/out.txt; prints "wall cpu" in seconds.
timed() {
  /usr/bin/time -f "%e %U %S" -o "$work/time.txt" "$@" > "$work/out.txt" 2>&1 || true
  awk '{ printf "%s %.2f\n", $1, $2 + $3 }' "$work/time.txt"
}
tool_cmd() { # sets cmd to the java command of one tool, N validations
  case "$1" in
    lib) cmd=(java -cp "$classpath" PeerValidators sdk "$bundle" "$2" "${folders[@]}") ;;
    hapi) cmd=(java -cp "$classpath" PeerValidators hapi "$bundle" "$2" "${folders[@]}") ;;
    hl7) cmd=(java -Duser.home="$home" -cp "$classpath" Hl7Engine "$bundle" "$2" "${folders[@]}") ;;
  esac
}
field() { sed -n "s/.*$1.*/\\1/p" "$work/out.txt" | head -1; }

tools=(lib hapi)
[ "$hl7" = 1 ] && tools+=(hl7)
declare -A name=([cli]="SDK, java -jar sp.jar fhir validate" [sp]="SDK, ./sp fhir validate"
  [lib]="SDK library (FhirValidation)" [hapi]="plain HAPI FHIR 8.8.0" [hl7]="HL7 validator engine 6.7.9 (offline)")
declare -A cold uptime_ms counts warm41 warmlong

for run in $(seq "$runs"); do # tools interleaved run by run, so that all see the same load
  read -r wall cpu < <(timed java -jar "$jar" fhir validate --package "$work/demo/conformance" "$bundle")
  counts[cli]="$(grep -o '[0-9]* error(s), [0-9]* warning(s)' "$work/out.txt" | sed 's/(s)/s/g')"
  cold[cli]+="${cold[cli]:+ / }$wall s, $cpu s CPU"
  echo "cli, cold run $run: $wall s wall, $cpu s CPU; ${counts[cli]}"
  read -r wall cpu < <(timed "$root/sp" fhir validate --package "$work/demo/conformance" "$bundle")
  counts[sp]="$(grep -o '[0-9]* error(s), [0-9]* warning(s)' "$work/out.txt" | sed 's/(s)/s/g')"
  cold[sp]+="${cold[sp]:+ / }$wall s, $cpu s CPU"
  echo "./sp, cold run $run: $wall s wall, $cpu s CPU; ${counts[sp]}"
  for t in "${tools[@]}"; do
    tool_cmd "$t" 1
    read -r wall cpu < <(timed "${cmd[@]}")
    ms="$(field 'start to first result \([0-9]*\) ms')"
    counts[$t]="$(field 'first result: \([0-9]* errors, [0-9]* warnings\)')"
    cold[$t]+="${cold[$t]:+ / }$wall s, $cpu s CPU"
    uptime_ms[$t]+="${uptime_ms[$t]:+ / }$ms"
    echo "$t, cold run $run: $wall s wall, $cpu s CPU; JVM start to result $ms ms; ${counts[$t]}"
    [ -n "$ms" ] || { echo "$t failed:" >&2; tail -20 "$work/out.txt" >&2; }
  done
done
for n in 41 "$long"; do
  for t in "${tools[@]}"; do
    tool_cmd "$t" "$n"
    timed "${cmd[@]}" > /dev/null
    per="$(field "warm over [0-9]*: \(.*\) CPU (this thread) per Bundle") CPU"
    echo "$t, warm over the last $((n - 1)) of $n: $per per Bundle"
    if [ "$n" = 41 ]; then warm41[$t]="$per"; else warmlong[$t]="$per"; fi
  done
done

echo
echo "| Tool | cold, runs (wall, CPU all threads) | cold, JVM start to result (ms) |" \
  "warm per Bundle, last 40 of 41 (wall, CPU one thread) | last $((long - 1)) of $long | errors, warnings |"
echo "|---|---|---|---|---|---|"
for t in cli sp "${tools[@]}"; do
  echo "| ${name[$t]} | ${cold[$t]} | ${uptime_ms[$t]:-} | ${warm41[$t]:-} | ${warmlong[$t]:-} | ${counts[$t]} |"
done
echo
echo "load after: $(uptime)"
