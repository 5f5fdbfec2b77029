#!/usr/bin/env bash
# The `sp` command line. On first use (or after a source change) it builds the executable jar through the
# Maven Wrapper, so a fresh clone needs nothing but JDK 17.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
jar="$root/sp-cli/target/sp.jar"
# Build output (target/, e.g. the consumer project's copied pom.xml) never counts as a source change.
if [ ! -f "$jar" ] || [ -n "$(find "$root" \( -path "$root/.git" -o -name target \) -prune -o \( -path '*/src/main/*' -o -name pom.xml \) -newer "$jar" -print -quit)" ]; then
  echo "sp: building the command line (first use takes a few minutes)..." >&2
  (cd "$root" && ./mvnw -q -B -pl sp-cli -am package -DskipTests -Dmaven.javadoc.skip=true -Dmaven.source.skip=true) >&2
fi
# JVM options (docs/PERFORMANCE.md, "Start-up"). Most runs of sp are short, and on a small machine the JVM's own
# threads compete with the command for the cores:
# - the serial collector (unless SP_JAVA_OPTS names another): no concurrent GC threads, a small young generation
#   that stays in the CPU caches (G1's default young generation made 10 million scored rows 1.3 s slower than a
#   64 MB heap did);
# - C1 only (-XX:TieredStopAtLevel=1): C2 kept compiling for longer than a short run lasts (sp fhir validate of one
#   Bundle cost a third less CPU time without it, 41 Bundles too; 10 million scored rows cost the same CPU time
#   either way). SP_JAVA_OPTS=-XX:TieredStopAtLevel=4 brings C2 back;
# - the AppCDS archive the build writes (target/sp.jsa, classes of 'sp score' and 'sp fhir validate'), when it is
#   newer than the jar: it only matches the jar it was made from. This JDK maps an archive at a random address and
#   then relocates every pointer in it (-Xlog:cds: "ArchiveRelocationMode == 1"); mapping it where it was made
#   saves about 0.15 s of CPU time on every start, and the JVM falls back to relocating when that address is taken.
opts=(-XX:TieredStopAtLevel=1)
case " ${SP_JAVA_OPTS:-} " in
  *GC\ *) ;;
  *) opts+=(-XX:+UseSerialGC) ;;
esac
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
