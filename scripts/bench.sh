#!/usr/bin/env bash
# Throughput of the engine natively: the Rust API one request at a time (cargo bench), and the
# command line streaming a million requests through --jsonl. Prints figures; asserts nothing.
#   N=1000000 scripts/bench.sh
set -euo pipefail
cd "$(dirname "$0")/.."
N="${N:-1000000}"
cargo bench --bench throughput 2>/dev/null | grep -v '^$'
cargo build --release -q
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
python3 - "$N" "$dir" <<'PY'
import sys
n, d = int(sys.argv[1]), sys.argv[2]
with open(f"{d}/full.jsonl", "w") as full, open(f"{d}/amounts.jsonl", "w") as amounts, open(f"{d}/rows.csv", "w") as rows:
    rows.write("asOf,segment,monthlyWage,riskGroup,enterpriseSize\n")
    for i in range(n):
        wage = 2_000_000 + (i * 7919) % 25_000_000
        req = f'{{"asOf":"2026-0{1 + i % 9}-01","segment":"wageEarner","monthlyWage":"{wage}","riskGroup":{1 + i % 5},"enterpriseSize":"large"'
        full.write(req + "}\n")
        amounts.write(req + ',"detail":"amounts"}\n')
        rows.write(f"2026-0{1 + i % 9}-01,wageEarner,{wage},{1 + i % 5},large\n")
PY
for kind in full amounts; do
  start=$(date +%s.%N)
  target/release/bpjstk-calc --jsonl < "$dir/$kind.jsonl" > "$dir/out.jsonl"
  end=$(date +%s.%N)
  lines=$(wc -l < "$dir/out.jsonl")
  python3 -c "import sys; n,s,e,b=int(sys.argv[1]),float(sys.argv[2]),float(sys.argv[3]),int(sys.argv[4]); print(f'command line --jsonl, detail {sys.argv[5]:<8} {n} requests in {e-s:.2f} s = {n/(e-s):,.0f} requests/s ({b/n:.0f} bytes out per response)')" "$lines" "$start" "$end" "$(wc -c < "$dir/out.jsonl")" "$kind"
done
start=$(date +%s.%N)
target/release/bpjstk-calc --csv < "$dir/rows.csv" > "$dir/out.csv"
end=$(date +%s.%N)
python3 -c "import sys; n,s,e=int(sys.argv[1]),float(sys.argv[2]),float(sys.argv[3]); print(f'command line --csv                     {n} rows in {e-s:.2f} s = {n/(e-s):,.0f} rows/s')" "$(($(wc -l < "$dir/out.csv") - 1))" "$start" "$end"
