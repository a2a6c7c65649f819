#!/usr/bin/env bash
# Measures the cold, whole-process build of the edition (JVM start included).
#
# Usage: bash bench/build-benchmark.sh [runs] [--fresh]     (default: 7 runs)
#
# Builds target/apparatus.jar first if it is missing, then runs
# `bin/apparatus build --site <tmpdir>/site` the given number of times from the
# repository root, so the committed site/ is never touched. A first, uncounted run
# fills the build cache in .apparatus-cache/, so the counted runs are the repeated
# builds an editor makes; with --fresh every run formats all citations anew.
# Prints the wall time of each run and the median in milliseconds, and the peak
# resident set size when /usr/bin/time is available.
# Exits non-zero if any build fails.
# Extra JVM options can be passed in APPARATUS_JAVA_OPTS (see bin/apparatus).
# Target on a 2-core machine: a median of at most 600 ms.
set -euo pipefail

runs="${1:-7}"
fresh=()
if [[ "${2:-}" == "--fresh" ]]; then
  fresh=(--fresh)
elif [[ -n "${2:-}" ]]; then
  runs=x
fi
if ! [[ "$runs" =~ ^[1-9][0-9]*$ ]]; then
  echo "usage: bash bench/build-benchmark.sh [runs] [--fresh]   (runs: a positive whole number, default 7)" >&2
  exit 2
fi

source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"

bin/apparatus build ${fresh[@]+"${fresh[@]}"} --site "$work/site" >"$work/out" 2>"$work/err" || { cat "$work/err" >&2; exit 1; }

times=()
peak_rss=0
for ((i = 1; i <= runs; i++)); do
  rm -rf "$work/site"
  start=$(date +%s%N)
  if [[ -n "$timer" ]]; then
    status=0
    "$timer" -f %M -o "$work/rss" bin/apparatus build ${fresh[@]+"${fresh[@]}"} --site "$work/site" >"$work/out" 2>"$work/err" || status=$?
  else
    status=0
    bin/apparatus build ${fresh[@]+"${fresh[@]}"} --site "$work/site" >"$work/out" 2>"$work/err" || status=$?
  fi
  end=$(date +%s%N)
  if [[ "$status" -ne 0 ]]; then
    echo "run $i: build failed (exit $status)" >&2
    cat "$work/err" >&2
    exit 1
  fi
  ms=$(((end - start) / 1000000))
  times+=("$ms")
  line="run $i: ${ms} ms"
  if [[ -n "$timer" && -s "$work/rss" ]]; then
    rss=$(tail -n 1 "$work/rss")
    if [[ "$rss" =~ ^[0-9]+$ ]]; then
      line="$line, peak RSS ${rss} KiB"
      if ((rss > peak_rss)); then
        peak_rss=$rss
      fi
    fi
  fi
  echo "$line"
done

mapfile -t sorted < <(printf '%s\n' "${times[@]}" | sort -n)
n=${#sorted[@]}
if ((n % 2 == 1)); then
  median=${sorted[$((n / 2))]}
else
  median=$(((sorted[n / 2 - 1] + sorted[n / 2]) / 2))
fi

echo "median: ${median} ms over ${n} run(s) (min ${sorted[0]} ms, max ${sorted[$((n - 1))]} ms)"
if ((peak_rss > 0)); then
  echo "peak RSS: ${peak_rss} KiB ($((peak_rss / 1024)) MiB)"
fi
