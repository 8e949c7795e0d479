#!/usr/bin/env bash
# Compile-time benchmark: plain javac vs javac + ContractCheck (default scope and scope=all) vs
# javac + Error Prone 2.42.0 (ParameterName and ArgumentSelectionDefectChecker only).
#
#   bench/run.sh                                  sizes 500, 2000, 5000; 1 warm-up + 5 measured rounds
#   bench/run.sh --sizes 50 --reps 1 --warmup 0   smoke test (CI)
#   bench/run.sh --help                           every harness option
#
# Builds annotations/ and processor/ in place (module by module), snapshots their jars into
# bench/out/tools/ so a rebuild during the run cannot change what is measured, resolves Error Prone
# from Maven Central, builds the harness, and runs it. Writes bench/out/results.md (Markdown for
# docs/performance.md) and bench/out/runs.csv (every compile). Exit codes: see BenchMain.
set -euo pipefail

BENCH="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(dirname "$BENCH")"
OUT="$BENCH/out"
TOOLS="$OUT/tools"
MVN=(mvn -q -B -Dstyle.color=never)
DEPENDENCY_PLUGIN=org.apache.maven.plugins:maven-dependency-plugin:3.11.0

for arg in "$@"; do
  if [[ "$arg" == "--help" || "$arg" == "-h" ]]; then
    awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"
    echo
    if [[ -d "$BENCH/target/classes" ]]; then
      java -cp "$BENCH/target/classes" io.contractcheck.bench.harness.BenchMain --help
    else
      echo "(build the harness once, e.g. with a smoke run, to list the harness options)"
    fi
    exit 0
  fi
done

step() { echo "==> $*" >&2; }

# Maven's output goes to stderr: stdout carries only the Markdown results.
mvn_quiet() { "${MVN[@]}" "$@" >&2; }

# The one jar in $1 named $2-*.jar (not sources, javadoc or tests).
main_jar() {
  local jars
  mapfile -t jars < <(find "$1" -maxdepth 1 -name "$2-*.jar" ! -name '*-sources.jar' ! -name '*-javadoc.jar' ! -name '*-tests.jar' ! -name '*-plugin.jar')
  if [[ ${#jars[@]} -ne 1 ]]; then
    echo "expected one $2 jar in $1, found ${#jars[@]}" >&2
    return 1
  fi
  echo "${jars[0]}"
}

step "building annotations and processor"
# Module by module rather than through the root reactor, which needs every module's POM to be
# valid: work in progress elsewhere (e.g. sample-app) must not stop the benchmark. The root POM
# and the annotations are installed because the processor's build resolves them as artifacts.
if ! { mvn_quiet -f "$ROOT/pom.xml" -N install \
    && mvn_quiet -f "$ROOT/annotations/pom.xml" -Dmaven.test.skip=true install \
    && mvn_quiet -f "$ROOT/processor/pom.xml" -Dmaven.test.skip=true package \
      "$DEPENDENCY_PLUGIN:build-classpath" -DincludeScope=runtime -Dmdep.outputFile=target/runtime-classpath.txt; }; then
  echo "annotations/ or processor/ does not build right now (being edited?); retry in a while" >&2
  exit 1
fi

step "snapshotting the jars into $TOOLS"
rm -rf "$TOOLS"
mkdir -p "$TOOLS"
cp "$(main_jar "$ROOT/annotations/target" contractcheck-annotations)" "$TOOLS/annotations.jar"
cp "$(main_jar "$ROOT/processor/target" contractcheck-processor)" "$TOOLS/processor.jar"
cp "$ROOT"/processor/target/contractcheck-processor-*-plugin.jar "$TOOLS/plugin.jar"
jar tf "$TOOLS/annotations.jar" | grep -qx 'io/contractcheck/Contract.class' \
  || { echo "annotations.jar lacks io/contractcheck/Contract.class" >&2; exit 1; }
jar tf "$TOOLS/processor.jar" | grep -qx 'META-INF/services/javax.annotation.processing.Processor' \
  || { echo "processor.jar does not register a processor" >&2; exit 1; }
jar tf "$TOOLS/plugin.jar" | grep -qx 'META-INF/services/com.sun.source.util.Plugin' \
  || { echo "plugin.jar does not register a javac plugin" >&2; exit 1; }
PROCESSOR_PATH="$TOOLS/processor.jar"
if [[ -s "$ROOT/processor/target/runtime-classpath.txt" ]]; then
  PROCESSOR_PATH="$PROCESSOR_PATH:$(cat "$ROOT/processor/target/runtime-classpath.txt")"
fi

# What exactly was measured: commit, uncommitted changes, jar digest (read-only git commands).
COMMIT="$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)"
CHANGED="$(git -C "$ROOT" --no-optional-locks status --porcelain -- annotations processor 2>/dev/null | wc -l || echo 0)"
DIGEST="$(sha256sum "$TOOLS/processor.jar" | cut -c1-12)"
NOTE="ContractCheck measured: annotations/ and processor/ at commit $COMMIT"
if [[ "$CHANGED" -gt 0 ]]; then
  NOTE="$NOTE plus uncommitted changes in $CHANGED file(s)"
fi
NOTE="$NOTE; processor.jar sha256 $DIGEST…; plugin.jar sha256 $(sha256sum "$TOOLS/plugin.jar" | cut -c1-12)…"

step "resolving Error Prone"
ERRORPRONE_ARGS=()
if mvn_quiet -f "$BENCH/errorprone/pom.xml" generate-resources; then
  ERRORPRONE_ARGS=(--errorprone-path "$(cat "$BENCH/errorprone/target/errorprone-path.txt")")
else
  echo "Error Prone did not resolve: its configuration is skipped" >&2
fi

step "building the harness"
mvn_quiet -f "$BENCH/pom.xml" -DskipTests package

step "running the benchmark"
exec java -cp "$BENCH/target/classes" io.contractcheck.bench.harness.BenchMain \
  --work "$OUT" \
  --annotations-path "$TOOLS/annotations.jar" \
  --processor-path "$PROCESSOR_PATH" \
  --plugin-path "$TOOLS/plugin.jar" \
  --note "$NOTE" \
  "${ERRORPRONE_ARGS[@]}" \
  "$@"
