#!/usr/bin/env bash
# Audit-mode field test: compiles the sources of well-known libraries twice, once without
# ContractCheck and once with -Acontractcheck.scope=all, and counts ContractCheck's reports.
#
#   tools/audit-oss/run.sh [LIBRARY...]     (default: every library below)
#
# Needs JDK 17+ and Maven (Maven Central only). Builds the processor if it is not built yet.
# PROCESSOR_CLASSES=<dir> audits another build of the processor (default processor/target/classes).
# Output: tools/audit-oss/target/ (AUDIT_OUT overrides): <lib>.baseline.log, <lib>.audit.log
# (full javac output), <lib>.reports.txt (ContractCheck diagnostics only), summary.txt.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
OUT="${AUDIT_OUT:-$HERE/target}"
M2="${M2_REPO:-$HOME/.m2/repository}"

# library  version  source encoding  extra class path: jars fetched into deps/ by pom.xml, comma-separated
LIBRARIES=(
  "commons-lang3        3.17.0  UTF-8       -"
  "commons-text         1.13.0  ISO-8859-1  commons-lang3-3.17.0.jar"
  "commons-collections4 4.4     UTF-8       -"
  "commons-io           2.18.0  UTF-8       -"
  "gson                 2.11.0  UTF-8       error_prone_annotations-2.27.0.jar"
  "jsoup                1.18.1  UTF-8       jspecify-0.3.0.jar"
  "joda-time            2.12.7  UTF-8       joda-convert-1.9.2.jar"
  "guava                33.4.0-jre UTF-8    failureaccess-1.0.2.jar,jsr305-3.0.2.jar,checker-qual-3.43.0.jar,error_prone_annotations-2.36.0.jar,j2objc-annotations-3.0.0.jar"
  # A false-alarm hunt (docs/audit-mode.md, session 3): libraries no rule had been tuned on.
  "RoaringBitmap        1.3.0   UTF-8       -"
  "agrona               1.23.1  UTF-8       -"
  "antlr4-runtime       4.13.2  UTF-8       -"
  "asm                  9.7     UTF-8       -"
  "commons-compress     1.27.1  ISO-8859-1  commons-io-2.18.0.jar,commons-codec-1.17.1.jar,commons-lang3-3.17.0.jar,xz-1.10.jar,zstd-jni-1.5.6-4.jar,dec-0.1.2.jar,asm-9.7.jar,org.osgi.core-6.0.0.jar"
  "commons-net          3.11.1  UTF-8       -"
  "fastutil-core        8.5.15  UTF-8       -"
  "hppc                 0.10.0  UTF-8       -"
  "httpcore5            5.3.1   UTF-8       -"
  "lz4-java             1.8.0   UTF-8       -"
  "xz                   1.10    UTF-8       -"
)
IDS='LabelMismatch|SwappedArguments|UnnamedArgument|ReplacedContract|InvalidContract|DuplicateContractId|AmbiguousContractId|UnknownContractId|StaleCallsContract|ParameterNamesUnavailable|CallSitesNotChecked|InvalidOption|InternalError'
# No -nowarn/-Xlint:none: javac would drop ContractCheck's WARNING ids (InternalError among them).
JAVAC_COMMON=(--release 17 -parameters -Xmaxerrs 10000 -Xmaxwarns 10000)

selected=("$@")
wanted() {
  [[ ${#selected[@]} -eq 0 ]] && return 0
  local s
  for s in "${selected[@]}"; do [[ "$s" == "$1" ]] && return 0; done
  return 1
}

# 1. The processor (built only when missing; rebuild with mvn -pl processor -am install).
#    It is copied first, so that a rebuild in the work tree during the run cannot change it.
BUILT="${PROCESSOR_CLASSES:-$ROOT/processor/target/classes}"
if [[ ! -f "$BUILT/io/contractcheck/processor/ContractProcessor.class" ]]; then
  echo "building the processor..." >&2
  (cd "$ROOT" && mvn -q -B -DskipTests -pl processor -am install)
fi
mkdir -p "$OUT"
PROCESSOR="$OUT/processor"
rm -rf "$PROCESSOR" && cp -r "$BUILT" "$PROCESSOR"
processor_from="$(cd "$ROOT" && git rev-parse --short HEAD 2>/dev/null || echo unknown)"
if [[ -n "${PROCESSOR_CLASSES:-}" ]]; then
  processor_from="$PROCESSOR_CLASSES"
elif [[ -n "$(cd "$ROOT" && git status --porcelain -- processor 2>/dev/null)" ]]; then
  processor_from="$processor_from + uncommitted changes"
fi

# 2. Sources and compile dependencies, from Maven Central (versions pinned in pom.xml).
echo "fetching sources..." >&2
mvn -q -B -f "$HERE/pom.xml" generate-sources -Daudit.out="$OUT"

# 3. The call counter (an audit helper that runs beside ContractCheck; it reports nothing).
COUNTER="$OUT/counter"
rm -rf "$COUNTER" && mkdir -p "$COUNTER"
javac --release 17 -d "$COUNTER" "$HERE/counter/CallCounter.java"
PROCESSOR_PATH="$PROCESSOR:$COUNTER"

count() { # count PATTERN FILE: lines of FILE matching the extended regex PATTERN
  grep -cE "$1" "$2" || true
}
distinct_diagnostics() { # distinct_diagnostics error|warning FILE: sorted, not ContractCheck's
  { grep -E ": $1: " "$2" || true; } | { grep -vE ": $1: \[($IDS)\]" || true; } | sort -u
}

summary="$OUT/summary.txt"
{
  printf '%-21s %-10s %6s %7s %7s %8s %8s %9s %10s %9s %10s %s\n' \
    library version files calls named named2+ base-err base-warn cc-reports other-err other-warn crash
} > "$summary"

# 4. Each library: baseline compile, then the audit.
cd "$OUT" # a javac crash writes javac.<date>.args into the working directory
start_all=$SECONDS
for entry in "${LIBRARIES[@]}"; do
  read -r lib version encoding extra <<< "$entry"
  wanted "$lib" || continue
  jar="$OUT/sources/$lib-$version-sources.jar"
  src="$OUT/src/$lib"
  rm -rf "$src" && mkdir -p "$src"
  (cd "$src" && jar xf "$jar")
  # module-info.java would turn the compilation into a module one that needs every requires;
  # META-INF/versions/ holds a multi-release jar's other copies of some classes (xz).
  find "$src" -name '*.java' ! -name module-info.java ! -path '*/META-INF/*' | sort > "$OUT/$lib.files"
  files=$(wc -l < "$OUT/$lib.files")
  lib_opts=(-encoding "$encoding")
  if [[ "$extra" != "-" ]]; then lib_opts+=(-cp "$OUT/deps/${extra//,/:$OUT/deps/}"); fi

  echo "compiling $lib $version ($files files)..." >&2
  t0=$SECONDS
  classes="$OUT/classes/$lib"
  rm -rf "$classes" && mkdir -p "$classes/baseline" "$classes/audit"
  base_rc=0
  javac "${JAVAC_COMMON[@]}" "${lib_opts[@]}" -proc:none -d "$classes/baseline" \
    @"$OUT/$lib.files" > "$OUT/$lib.baseline.log" 2>&1 || base_rc=$?
  t1=$SECONDS
  audit_rc=0
  javac "${JAVAC_COMMON[@]}" "${lib_opts[@]}" \
    -processorpath "$PROCESSOR_PATH" \
    -processor io.contractcheck.processor.ContractProcessor,CallCounter \
    -Acontractcheck.scope=all -Aauditoss.out="$OUT/$lib.calls" \
    -d "$classes/audit" @"$OUT/$lib.files" > "$OUT/$lib.audit.log" 2>&1 || audit_rc=$?
  t2=$SECONDS

  # A diagnostic is "file:line: error|warning: message"; ContractCheck's start with [Id].
  grep -E ": (error|warning): \[($IDS)\]" "$OUT/$lib.audit.log" > "$OUT/$lib.reports.txt" || true
  base_err=$(count ': error: ' "$OUT/$lib.baseline.log")
  base_warn=$(count ': warning: ' "$OUT/$lib.baseline.log")
  reports=$(wc -l < "$OUT/$lib.reports.txt")
  # Errors/warnings the processor added that are not its own reports: distinct "file:line: kind:
  # message" lines absent from the baseline (javac repeats some warnings, e.g. sun.misc.Unsafe's,
  # whenever any annotation processor runs, so counts alone would differ).
  other_err=$(comm -23 <(distinct_diagnostics error "$OUT/$lib.audit.log") \
    <(distinct_diagnostics error "$OUT/$lib.baseline.log") | wc -l)
  other_warn=$(comm -23 <(distinct_diagnostics warning "$OUT/$lib.audit.log") \
    <(distinct_diagnostics warning "$OUT/$lib.baseline.log") | wc -l)
  crash=no
  if grep -qE 'An exception has occurred in the compiler|^java\.lang\.|\[InternalError\]' \
      "$OUT/$lib.audit.log"; then
    crash=YES
  fi
  calls="?" named="?" named2="?"
  if [[ -f "$OUT/$lib.calls" ]]; then
    read -r c n n2 < "$OUT/$lib.calls"
    calls=${c#calls=} named=${n#named=} named2=${n2#named2=}
  fi
  if [[ $base_rc -ne 0 ]]; then echo "  baseline compile FAILED (rc=$base_rc), see $OUT/$lib.baseline.log" >&2; fi
  echo "  baseline ${base_err} errors ${base_warn} warnings ($((t1 - t0))s); audit rc=$audit_rc, ${reports} reports, other errors ${other_err}, other warnings ${other_warn} ($((t2 - t1))s)" >&2
  printf '%-21s %-10s %6s %7s %7s %8s %8s %9s %10s %9s %10s %s\n' \
    "$lib" "$version" "$files" "$calls" "$named" "$named2" "$base_err" "$base_warn" "$reports" \
    "$other_err" "$other_warn" "$crash" >> "$summary"
done

# 5. Seeded calls: real swaps that must be reported, and correct shapes from the libraries above
#    that should stay quiet (the processor test resource audit/Seeded.java, each such line marked
#    "// expect: ..."; AuditCorpusTest checks the same file on every build).
seeded_src="$ROOT/processor/src/test/resources/audit/Seeded.java"
seeded_classes="$OUT/classes/seeded"
rm -rf "$seeded_classes" && mkdir -p "$seeded_classes"
javac "${JAVAC_COMMON[@]}" -encoding UTF-8 -processorpath "$PROCESSOR_PATH" \
  -processor io.contractcheck.processor.ContractProcessor -Acontractcheck.scope=all \
  -d "$seeded_classes" "$seeded_src" > "$OUT/seeded.audit.log" 2>&1 || true
grep -E ": (error|warning): \[($IDS)\]" "$OUT/seeded.audit.log" > "$OUT/seeded.reports.txt" || true
reported_lines=" $(sed -nE 's#^.*Seeded\.java:([0-9]+): (error|warning): \[SwappedArguments\].*#\1#p' \
  "$OUT/seeded.reports.txt" | sort -un | tr '\n' ' ')"
swaps_total=0 swaps_found=0 quiet_total=0 quiet_kept=0 seeded_misses=()
while IFS=: read -r line text; do
  if [[ "$text" == *"expect: reported"* ]]; then
    swaps_total=$((swaps_total + 1))
    if [[ "$reported_lines" == *" $line "* ]]; then swaps_found=$((swaps_found + 1));
    else seeded_misses+=("  Seeded.java:$line real mistake NOT reported:$text"); fi
  elif [[ "$text" == *"expect: none"* ]]; then
    quiet_total=$((quiet_total + 1))
    if [[ "$reported_lines" != *" $line "* ]]; then quiet_kept=$((quiet_kept + 1));
    else seeded_misses+=("  Seeded.java:$line correct call reported:$text"); fi
  fi
done < <(grep -n "// expect: " "$seeded_src")
{
  echo
  echo "seeded: real mistakes reported $swaps_found/$swaps_total; correct calls quiet $quiet_kept/$quiet_total"
  if [[ ${#seeded_misses[@]} -gt 0 ]]; then printf '%s\n' "${seeded_misses[@]}"; fi
} >> "$summary"

{
  echo
  echo "calls: calls with >=1 argument; named: of those, callee parameter names known (audited);"
  echo "named2+: audited calls with >=2 arguments; base-err/base-warn: javac without ContractCheck;"
  echo "cc-reports: ContractCheck diagnostics with the audit; other-err/other-warn: errors/warnings"
  echo "the audit added that are not ContractCheck's (should be 0); crash: javac crash banner or"
  echo "[InternalError]."
  echo "processor: $processor_from; total time: $((SECONDS - start_all))s"
} >> "$summary"
echo >&2
cat "$summary"
echo
echo "reports per library: $OUT/<library>.reports.txt; full javac output: $OUT/<library>.audit.log"
