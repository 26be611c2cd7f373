#!/usr/bin/env bash
# Google Benchmark's tools/compare.py reads parabench-cli --gbench-json output: benchmarks mode
# on two exports, filters mode (serial vs a parallel strategy) in one, and benchmarksfiltered
# across two. Each table must have its U-test p-value rows.
# Usage: comparepy.sh PYTHON3 COMPARE_PY PARABENCH_CLI
set -euo pipefail
python=$1 comparepy=$2 cli=$3
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

run=(--workload primes --size 3000 --workers 1,2 --strategy serial,mapped,chunked
     --reps 5 --warmup 1 --quiet)
"$cli" "${run[@]}" --gbench-json "$tmp/a.json" >/dev/null
"$cli" "${run[@]}" --gbench-json "$tmp/b.json" >/dev/null

# benchmarks mode: every cell pairs by name, with a p-value row per cell.
"$python" "$comparepy" --no-color benchmarks "$tmp/a.json" "$tmp/b.json" >"$tmp/bench.txt" ||
  fail "compare.py benchmarks failed: $(cat "$tmp/bench.txt")"
cat "$tmp/bench.txt"
for name in primes/size:3000/serial/real_time/threads:1 primes/size:3000/mapped/real_time/threads:2 \
            primes/size:3000/chunked/real_time/threads:1; do
  grep -q "^${name}_pvalue " "$tmp/bench.txt" || fail "no U-test row for $name"
  grep -q "^${name}_median " "$tmp/bench.txt" || fail "no median row for $name"
done
grep -q "U Test, Repetitions: 5 vs 5" "$tmp/bench.txt" || fail "U test not over 5 vs 5 repetitions"
# A cpu_time of 0 anywhere would make the geomean vanish: it must be a number.
grep -Eq "^OVERALL_GEOMEAN +[-+][0-9]" "$tmp/bench.txt" || fail "no OVERALL_GEOMEAN"

# filters mode: serial at 1 thread vs mapped at 2, in one file (the naming scheme makes them pair).
"$python" "$comparepy" --no-color -a filters "$tmp/a.json" 'serial/real_time/threads:1' \
  'mapped/real_time/threads:2(?![0-9])' >"$tmp/filters.txt" ||
  fail "compare.py filters failed: $(cat "$tmp/filters.txt")"
cat "$tmp/filters.txt"
grep -q '^primes/size:3000/\[serial/real_time/threads:1 vs. mapped/real_time/threads:2(?!\[0-9\])\]_pvalue ' \
  "$tmp/filters.txt" || fail "filters mode has no U-test row"

# benchmarksfiltered: serial in one file vs chunked at 2 in the other.
"$python" "$comparepy" --no-color -a benchmarksfiltered "$tmp/a.json" 'serial/real_time/threads:1' \
  "$tmp/b.json" 'chunked/real_time/threads:2(?![0-9])' >"$tmp/bf.txt" ||
  fail "compare.py benchmarksfiltered failed: $(cat "$tmp/bf.txt")"
grep -q '_pvalue ' "$tmp/bf.txt" || fail "benchmarksfiltered has no U-test row"
echo "compare.py read ParaBench's Google Benchmark export in all three modes"
