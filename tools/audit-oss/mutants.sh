#!/usr/bin/env bash
# Mutation harness for audit mode (docs/audit-mode.md, "Mutation harness"): single-change mutants
# of real calls in real libraries (two same-typed arguments exchanged; a stale /* name= */ label),
# audited with JDK 17 --release 17 (names of JDK methods from its class files) and with JDK 25
# --release 17 (ct.sym: no names; the shipped table fills them in). Reports recall per kind and
# per callee origin (raw; for the swap kinds also with the equivalent mutants left out: swaps of
# a JDK method symmetric in the two parameters, MutantFinder.SYMMETRIC), and the false alarms on
# the unmodified sources. A measurement, not a gate; not part of the test suite.
#
#   tools/audit-oss/mutants.sh                  # every library, 60 mutants per kind
#   tools/audit-oss/mutants.sh gson jsoup       # some of them
#   PER_KIND=30 tools/audit-oss/mutants.sh      # fewer mutants
#   PROCESSOR_CLASSES=/path/to/classes tools/audit-oss/mutants.sh   # another build
#   MODES=jdk17-release17 tools/audit-oss/mutants.sh   # one mode
#
# Sources come from Maven Central -sources.jars only (tools/audit-oss/pom.xml).
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
OUT="${AUDIT_OUT:-$HERE/target}"
PER_KIND="${PER_KIND:-60}"
JDK17="${JDK17:-/usr/lib/jvm/java-17-openjdk-amd64}"
JDK25="${JDK25:-/usr/lib/jvm/temurin-25-jdk-amd64}"

# Libraries the exemptions were found on (tuned), and libraries no rule was tuned on (new).
TUNED=(gson commons-collections4 commons-lang3 commons-math3 commons-io jsoup)
NEW=(commons-codec snakeyaml commons-csv javapoet)
# library  version  encoding  extra class path (jars fetched into deps/ by pom.xml)
declare -A VERSION=(
  [commons-lang3]=3.17.0 [commons-collections4]=4.5.0 [commons-io]=2.18.0 [gson]=2.11.0
  [jsoup]=1.18.1 [commons-math3]=3.6.1 [commons-codec]=1.17.1
  [snakeyaml]=2.3 [commons-csv]=1.12.0 [javapoet]=1.13.0)
declare -A EXTRA=(
  [gson]=error_prone_annotations-2.27.0.jar [jsoup]=jspecify-0.3.0.jar
  [commons-csv]=commons-io-2.18.0.jar,commons-codec-1.17.1.jar)

# MODES=jdk17-release17 runs one mode only (about half the time).
declare -A JAVAC_OF=([jdk17-release17]="$JDK17/bin/javac" [jdk25-release17]="$JDK25/bin/javac")
modes=()
for mode in ${MODES:-jdk17-release17 jdk25-release17}; do
  if [[ -z "${JAVAC_OF[$mode]:-}" ]]; then echo "unknown mode $mode" >&2; exit 2; fi
  modes+=("$mode:${JAVAC_OF[$mode]}")
done

selected=("$@")
if [[ ${#selected[@]} -eq 0 ]]; then selected=("${TUNED[@]}" "${NEW[@]}"); fi

BUILT="${PROCESSOR_CLASSES:-$ROOT/processor/target/classes}"
if [[ ! -f "$BUILT/io/contractcheck/processor/jdk/VERSION" ]]; then
  echo "building the processor..." >&2
  (cd "$ROOT" && mvn -q -B -DskipTests -pl processor -am package)
fi
mkdir -p "$OUT/mutants"
PROCESSOR="$OUT/mutants/processor"
rm -rf "$PROCESSOR" && cp -r "$BUILT" "$PROCESSOR"
FINDER="$OUT/mutants/finder"
rm -rf "$FINDER" && mkdir -p "$FINDER"
"$JDK17/bin/javac" --release 17 -cp "$PROCESSOR" -d "$FINDER" "$HERE/mutants/MutantFinder.java"

echo "fetching sources..." >&2
mvn -q -B -f "$HERE/pom.xml" generate-sources -Daudit.out="$OUT"

start=$SECONDS
for lib in "${selected[@]}"; do
  version="${VERSION[$lib]}"
  src="$OUT/mutants/src/$lib"
  rm -rf "$src" "$OUT/mutants/$lib" && mkdir -p "$src"
  (cd "$src" && jar xf "$OUT/sources/$lib-$version-sources.jar")
  find "$src" -name '*.java' ! -name module-info.java | sort > "$OUT/mutants/$lib.files"
  cp="-"
  if [[ -n "${EXTRA[$lib]:-}" ]]; then cp="$OUT/deps/${EXTRA[$lib]//,/:$OUT/deps/}"; fi
  echo "$lib $version ($(wc -l < "$OUT/mutants/$lib.files") files)..." >&2
  "$JDK17/bin/java" "$HERE/mutants/Harness.java" run "$lib" "$OUT" UTF-8 "$cp" \
    "$PROCESSOR:$FINDER" "$OUT/mutants/$lib.files" "$PER_KIND" \
    "${modes[@]}"
done

join() { local IFS=,; echo "$*"; }
"$JDK17/bin/java" "$HERE/mutants/Harness.java" summary "$OUT" \
  "tuned=$(join "${TUNED[@]}")" "new=$(join "${NEW[@]}")"
echo
echo "processor: $(cd "$ROOT" && git rev-parse --short HEAD)$([[ -n "$(cd "$ROOT" && git status --porcelain -- processor)" ]] && echo ' + uncommitted changes'); $((SECONDS - start))s"
echo "every mutant and its result: $OUT/mutants/<library>.results.tsv"
