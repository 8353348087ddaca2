#!/usr/bin/env bash
# Fuzzes the request parser and the whole calculation with libFuzzer (cargo-fuzz), for a fixed
# time per target (not part of CI's time). The corpus is seeded from the golden cases, the
# bad-input catalogue and the bulk template. Any crash is copied to tests/fuzz-regressions/,
# where tests/fuzz_regressions.rs replays it on every test run.
#   SECONDS_PER_TARGET=300 scripts/fuzz.sh
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_PER_TARGET="${SECONDS_PER_TARGET:-60}"
command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --locked
# cargo-fuzz needs nightly compiler flags; the stable compiler accepts them with RUSTC_BOOTSTRAP.
export RUSTC_BOOTSTRAP=1

seed() {
  local dir="fuzz/corpus/$1"; mkdir -p "$dir"
  case "$1" in
    calculate_json|structured)
      python3 - "$dir" <<'PY'
import json, sys, hashlib
d = sys.argv[1]
reqs = [json.loads(l)["request"] for l in open("tests/bad-inputs.jsonl")]
reqs += [
  {"asOf":"2026-06-01","segment":"wageEarner","monthlyWage":"15000000","riskGroup":5,"enterpriseSize":"large","birthDate":"1970-01-01"},
  {"asOf":"2025-03-01","segment":"wageEarner","monthlyWage":"4000000","riskGroup":3,"enterpriseSize":"medium","laborIntensive":True},
  {"asOf":"2026-02-01","segment":"selfEmployed","dailyIncome":"60000","occupation":"driver","includeJht":True},
  {"asOf":"2020-09-01","segment":"construction","contractValue":"2000000000"},
  {"asOf":"2024-01-01","segment":"migrant","contractMonths":12,"extensionMonths":3,"includeJht":True,"jhtMonthlyAmount":"100000"},
]
for r in reqs:
    b = json.dumps(r).encode()
    open(f"{d}/{hashlib.sha1(b).hexdigest()}", "wb").write(b)
PY
      ;;
    bulk_csv) cp docs/bulk-template.csv "$dir/template.csv" ;;
  esac
}

mkdir -p tests/fuzz-regressions
total=0
for target in calculate_json structured bulk_csv; do
  seed "$target"
  log=$(mktemp)
  status=0
  cargo fuzz run --release --sanitizer none "$target" "fuzz/corpus/$target" -- \
    -max_total_time="$SECONDS_PER_TARGET" -max_len=4096 -print_final_stats=1 >"$log" 2>&1 || status=$?
  runs=$(grep -Eo 'stat::number_of_executed_units: *[0-9]+' "$log" | grep -Eo '[0-9]+$' | tail -1 || true)
  runs=${runs:-0}
  total=$((total + runs))
  if [ "$status" -ne 0 ] && [ "$runs" -eq 0 ]; then
    echo "fuzz $target: did not run (log: $log)"; tail -20 "$log"; exit 1
  fi
  if [ "$status" -ne 0 ]; then
    for crash in fuzz/artifacts/"$target"/crash-* fuzz/artifacts/"$target"/oom-* fuzz/artifacts/"$target"/timeout-*; do
      [ -e "$crash" ] || continue
      mkdir -p "tests/fuzz-regressions/$target"
      cp "$crash" "tests/fuzz-regressions/$target/"
    done
    echo "fuzz $target: FAILED after $runs inputs; inputs kept in tests/fuzz-regressions/$target (log: $log)"
    tail -30 "$log"
    exit 1
  fi
  echo "fuzz $target: $runs inputs in ${SECONDS_PER_TARGET}s, no panic"
  rm -f "$log"
done
echo "fuzz: $total inputs in all, none panicked"
