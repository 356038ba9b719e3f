#!/usr/bin/env bash
# End-to-end timings of the lifecycle tool on generated files: wall time and peak RSS of each command, with the load.
#
#   benchmarks/e2e/e2e.sh [data-folder]        (default: /tmp/lifecycle-e2e; E2E_BIG=1 adds the 1 GB log)
#
# The inputs are written by generate.py with a fixed seed (the same bytes on every run) and reused when present. Two
# builds of the tool are timed side by side, the same command one after the other:
#   jit  the built apphost (dotnet build src/CustomerLifecycle.Cli -c Release), never `dotnet run`; set LIFECYCLE to
#        time another build, e.g. the ReadyToRun publish:
#          dotnet publish src/CustomerLifecycle.Cli -c Release -r linux-x64 --self-contained false -o /tmp/lifecycle-r2r
#          LIFECYCLE=/tmp/lifecycle-r2r/lifecycle benchmarks/e2e/e2e.sh
#   aot  the Native AOT publish in $LIFECYCLE_AOT_DIR (default /tmp/lifecycle-aot), published by this script when
#        absent or older than the sources:
#          dotnet publish src/CustomerLifecycle.Cli -c Release -r linux-x64 -p:PublishAot=true -o /tmp/lifecycle-aot
#        E2E_AOT=0 times the JIT build alone.
# Start-up (--help, demo) is the median of E2E_RUNS runs (default 10); the data commands run once per build.
# When lifetimes is installed (pip install lifetimes==0.11.3) the same
# work is timed in it side by side; it is not required.
set -euo pipefail
cd "$(dirname "$0")/../.."
data="${1:-/tmp/lifecycle-e2e}"
tool="${LIFECYCLE:-src/CustomerLifecycle.Cli/bin/Release/net10.0/lifecycle}"
[ -x "$tool" ] || { echo "e2e: $tool not found; run: dotnet build src/CustomerLifecycle.Cli -c Release" >&2; exit 2; }
tools=("jit=$tool")
if [ "${E2E_AOT:-1}" != 0 ]; then
  aot_dir="${LIFECYCLE_AOT_DIR:-/tmp/lifecycle-aot}"
  if [ ! -x "$aot_dir/lifecycle" ] || [ -n "$(find src -name '*.cs' -newer "$aot_dir/lifecycle" -print -quit)" ]; then
    echo "e2e: publishing the Native AOT build to $aot_dir" >&2
    dotnet publish src/CustomerLifecycle.Cli -c Release -r linux-x64 -p:PublishAot=true -o "$aot_dir" >&2
  fi
  tools+=("aot=$aot_dir/lifecycle")
fi
runs="${E2E_RUNS:-10}"
python3 benchmarks/e2e/generate.py "$data" ${E2E_BIG:+--big}
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT

# measure <label> <command…>: runs once, prints wall seconds, CPU seconds (user + system: the robust figure on a loaded
# machine), peak RSS in MB, the exit code and the 1-minute load.
measure() {
  local label="$1"; shift
  local code=0
  /usr/bin/time -f '%e %M %U %S' -o "$out/time" "$@" > "$out/stdout" 2> "$out/stderr" || code=$?
  read -r wall rss user sys < <(tail -n1 "$out/time")
  printf '%-58s %8.2f s wall %7.2f s CPU %6.0f MB  exit %d  load %s\n' "$label" "$wall" "$(echo "$user + $sys" | bc)" "$((rss / 1024))" "$code" "$(cut -d' ' -f1 /proc/loadavg)"
}

# median <label> <command…>: runs $runs times, prints the median wall and CPU seconds and the largest peak RSS.
median() {
  local label="$1"; shift
  : > "$out/times"
  for _ in $(seq "$runs"); do
    /usr/bin/time -f '%e %M %U %S' -o "$out/time" "$@" > /dev/null 2>&1 || true
    tail -n1 "$out/time" >> "$out/times"
  done
  local wall cpu rss
  wall=$(awk '{print $1}' "$out/times" | sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}')
  cpu=$(awk '{print $3 + $4}' "$out/times" | sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}')
  rss=$(awk '$2 > m {m = $2} END {print m}' "$out/times")
  printf '%-58s %8.3f s wall %7.3f s CPU %6.0f MB  median of %d  load %s\n' "$label" "$wall" "$cpu" "$((rss / 1024))" "$runs" "$(cut -d' ' -f1 /proc/loadavg)"
}

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo); builds: ${tools[*]}"
for entry in "${tools[@]}"; do median "${entry%%=*}: lifecycle --help" "${entry#*=}" --help; done
for entry in "${tools[@]}"; do median "${entry%%=*}: lifecycle demo" "${entry#*=}" demo; done
for entry in "${tools[@]}"; do
  name="${entry%%=*}"; t="${entry#*=}"
  measure "$name: clv fit bg-nbd, 1,000,000-row summary" "$t" clv fit "$data/summary.csv" --model bg-nbd
  measure "$name: clv fit bg-nbd, the same summary from a pipe (-)" sh -c "cat '$data/summary.csv' | '$t' clv fit - --model bg-nbd"
  measure "$name: clv summarize, 1.9 M transactions (week)" "$t" clv summarize "$data/transactions.csv" --customer customer_id --date date --amount amount --period week -o "$out/summary.csv"
  measure "$name: nps, 500 MB survey export" "$t" nps "$data/survey.csv"
  if [ -f "$data/big.csv" ]; then
    measure "$name: clv summarize, 1 GB log (week)" "$t" clv summarize "$data/big.csv" --customer customer_id --date date --amount amount --period week -o "$out/big-summary.csv"
  fi
done

if python3 -c 'import lifetimes' 2>/dev/null; then
  echo "lifetimes $(python3 -c 'import lifetimes; print(lifetimes.__version__)'), same inputs:"
  measure "lifetimes: read + BetaGeoFitter.fit, 1,000,000 rows" python3 -c "
import pandas as pd; from lifetimes import BetaGeoFitter
d = pd.read_csv('$data/summary.csv'); BetaGeoFitter().fit(d['frequency'], d['recency'], d['T'])"
  measure "lifetimes: summary_data_from_transaction_data, 1.9 M" python3 -c "
import pandas as pd; from lifetimes.utils import summary_data_from_transaction_data as s
d = pd.read_csv('$data/transactions.csv'); s(d, 'customer_id', 'date', monetary_value_col='amount', freq='W').to_csv('$out/lt.csv')"
else
  echo "lifetimes not installed: pip install lifetimes==0.11.3 to time it side by side"
fi
