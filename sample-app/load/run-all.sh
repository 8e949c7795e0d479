#!/usr/bin/env bash
# The runs of docs/sample-load.md: open loop at 250, 500 and 1,000 runs/s and one closed loop,
# 1,000 users for 20 s each, then the handshake flood (3 floods of 2,000, half forged), every one
# against a server the tool starts (step delay 0), with the machine's load average (uptime) before
# and after each; then the open loop at 1,000 runs/s, the closed loop and the flood again against a
# server started for a small machine: C1 only and 2,000 warm-up handshakes (docs/sample-load.md).
# Run from the repository root after
#   mvn -q -B -DskipTests package
set -uo pipefail
cd "$(dirname "$0")/../.."
tool=sample-app/load/target/contractcheck-sample-load.jar
echo "### $(date -u); $(nproc) CPUs"
lscpu | grep -E "Model name|^CPU\(s\)|Thread\(s\) per core" || true
free -m | head -2
run() {
  echo "### $*: uptime before: $(uptime)"
  java -jar "$tool" "$@"
  echo "### exit $?; uptime after: $(uptime)"
}
for rate in 250 500 1000; do
  run --mode open --rate "$rate"
done
run --mode closed
run --mode flood
small=(--server-warm-up 2000 --server-java-option -XX:TieredStopAtLevel=1)
run --mode open --rate 1000 "${small[@]}"
run --mode closed "${small[@]}"
run --mode flood "${small[@]}"
