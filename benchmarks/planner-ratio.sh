#!/usr/bin/env bash
# The follow-up planner's goal re-measured: planning 100,000 customers against the "materialise the output objects
# only" reference row of the same BenchmarkDotNet run (goal: within 2.5x), RUNS times, each run a process of its own.
#
#   benchmarks/planner-ratio.sh [runs]        (default 5)
#
# Prints each run's two means and their ratio, then the median ratio. On a shared machine the reference row alone moves
# by a fifth or more from one run to the next, so a single run is one sample of the ratio, not the answer.
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-5}"
[[ "$runs" =~ ^[1-9][0-9]*$ ]] || { echo "planner-ratio: runs must be a positive whole number, not \"$runs\"" >&2; exit 2; }

dotnet build -c Release benchmarks/CustomerLifecycle.Benchmarks -nologo -v q >&2

# The Mean column of a result row, without its unit (both rows share the column's unit) or thousands separators.
mean() { awk -F'|' -v row="$1" '$2 ~ "^ *" row " *$" { v = $4; gsub(/[^0-9.]/, "", v); print v }'; }

ratios=()
printf '%-9s %14s %14s %7s\n' "time" "reference" "planning" "ratio"
for _ in $(seq "$runs"); do
  out=$(dotnet run -c Release --no-build --project benchmarks/CustomerLifecycle.Benchmarks -- \
    --filter '*FollowupPlannerBenchmarks*' --job short --inProcess --iterationCount 9)
  ref=$(mean MaterializeTasksOnly <<<"$out")
  plan=$(mean PlanAllCustomers <<<"$out")
  if [ -z "$ref" ] || [ -z "$plan" ]; then
    echo "planner-ratio: no result rows in the benchmark's output:" >&2
    echo "$out" | tail -n 20 >&2
    exit 1
  fi
  ratio=$(awk -v p="$plan" -v r="$ref" 'BEGIN { printf "%.2f", p / r }')
  ratios+=("$ratio")
  printf '%-9s %14s %14s %6sx\n' "$(date -u +%H:%M:%S)" "$ref" "$plan" "$ratio"
done

printf '%s\n' "${ratios[@]}" | sort -n | awk '{ v[NR] = $1 } END {
  m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
  met = 0; for (i = 1; i <= NR; i++) if (v[i] <= 2.5) met++
  printf "median ratio %.2fx over %d runs (%.2fx to %.2fx); within 2.5x in %d of %d\n", m, NR, v[1], v[NR], met, NR }'
