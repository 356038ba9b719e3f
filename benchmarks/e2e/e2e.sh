#!/usr/bin/env bash
# End-to-end timings of the lifecycle tool on generated files: wall time and peak RSS of each command, with the load.
#
#   benchmarks/e2e/e2e.sh [data-folder]        (default: /tmp/lifecycle-e2e; E2E_BIG=1 adds the 1 GB log)
#
# The inputs are written by generate.py with a fixed seed (the same bytes on every run) and reused when present. The
# tool is the built apphost (dotnet build src/CustomerLifecycle.Cli -c Release), never `dotnet run`; set LIFECYCLE to
# time another build, e.g. the ReadyToRun publish:
#   dotnet publish src/CustomerLifecycle.Cli -c Release -f net10.0 -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o /tmp/lifecycle-r2r
#   LIFECYCLE=/tmp/lifecycle-r2r/lifecycle benchmarks/e2e/e2e.sh
# When lifetimes is installed (pip install lifetimes==0.11.3) the same
# work is timed in it side by side; it is not required.
set -euo pipefail
cd "$(dirname "$0")/../.."
data="${1:-/tmp/lifecycle-e2e}"
tool="${LIFECYCLE:-src/CustomerLifecycle.Cli/bin/Release/net10.0/lifecycle}"
[ -x "$tool" ] || { echo "e2e: $tool not found; run: dotnet build src/CustomerLifecycle.Cli -c Release" >&2; exit 2; }
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

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo); tool: $tool"
measure "lifecycle --help" "$tool" --help
measure "lifecycle demo" "$tool" demo
measure "clv fit bg-nbd, 1,000,000-row summary" "$tool" clv fit "$data/summary.csv" --model bg-nbd
measure "clv fit bg-nbd, the same summary from a pipe (-)" sh -c "cat '$data/summary.csv' | '$tool' clv fit - --model bg-nbd"
measure "clv summarize, 1.9 M transactions (week)" "$tool" clv summarize "$data/transactions.csv" --customer customer_id --date date --amount amount --period week -o "$out/summary.csv"
measure "nps, 500 MB survey export" "$tool" nps "$data/survey.csv"
if [ -f "$data/big.csv" ]; then
  measure "clv summarize, 1 GB log (week)" "$tool" clv summarize "$data/big.csv" --customer customer_id --date date --amount amount --period week -o "$out/big-summary.csv"
fi

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
