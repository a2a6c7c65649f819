#!/usr/bin/env bash
# Builds synthetic editions of several sizes and, when hugo is installed, the same corpus with Hugo.
#
# Usage: bash bench/scale-benchmark.sh [runs] [sizes...]     (default: 3 runs; sizes 100 500 1000)
#
# For each size N, bench/SyntheticEdition.java writes N documents (texts with front matter, stand-off
# margin notes, 200 glossary terms, 50 references, cross-references between documents) as an Apparatus
# project and as a Hugo site. Each run is a cold, whole-process build (JVM start included) into a
# temporary directory; with Hugo the two builds alternate (A B A B ...) so that a drift in the machine's
# speed affects both alike, and the ratio is taken run by run. Prints, per size, the median wall time
# of each, the median ratio, Apparatus's peak RSS (when /usr/bin/time is available) and the output sizes.
# Apparatus runs through the launcher bin/apparatus; its first run at each size also fills that corpus's build
# cache, which the later runs use. Extra JVM options go in APPARATUS_JAVA_OPTS. Exits non-zero if an Apparatus
# build fails.
set -euo pipefail

runs="${1:-3}"
shift || true
sizes=("$@")
if [[ ${#sizes[@]} -eq 0 ]]; then
  sizes=(100 500 1000)
fi
if ! [[ "$runs" =~ ^[1-9][0-9]*$ ]]; then
  echo "usage: bash bench/scale-benchmark.sh [runs] [sizes...]" >&2
  exit 2
fi

source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
hugo_bin="$(command -v hugo || true)"

median() {
  sort -n | awk '{a[NR] = $1} END {if (NR % 2) print a[(NR + 1) / 2]; else printf "%.0f\n", (a[NR / 2] + a[NR / 2 + 1]) / 2}'
}

now_ms() {
  echo $(($(date +%s%N) / 1000000))
}

printf '%-9s %-14s %-12s %-12s %-16s %-14s\n' documents apparatus_ms hugo_ms ratio apparatus_rss output_MB
for n in "${sizes[@]}"; do
  corpus="$work/corpus-$n"
  java "$repo/bench/SyntheticEdition.java" "$n" "$corpus" >/dev/null
  a_times=()
  h_times=()
  ratios=()
  peak=0
  for ((i = 1; i <= runs; i++)); do
    rm -rf "$work/site" "$work/hugo-public"
    start=$(now_ms)
    status=0
    (cd "$corpus/apparatus" && if [[ -n "$timer" ]]; then
      "$timer" -f %M -o "$work/rss" "$repo/bin/apparatus" build --templates "$repo/templates" --site "$work/site"
    else
      "$repo/bin/apparatus" build --templates "$repo/templates" --site "$work/site"
    fi) >"$work/out" 2>"$work/err" || status=$?
    end=$(now_ms)
    if [[ "$status" -ne 0 ]]; then
      echo "N=$n run $i: the Apparatus build failed (exit $status)" >&2
      grep -E 'error\[' "$work/err" | head -20 >&2
      exit 1
    fi
    a=$((end - start))
    a_times+=("$a")
    if [[ -n "$timer" && -s "$work/rss" ]]; then
      rss=$(tail -n 1 "$work/rss")
      if [[ "$rss" =~ ^[0-9]+$ ]] && ((rss > peak)); then
        peak=$rss
      fi
    fi
    if [[ -n "$hugo_bin" ]]; then
      start=$(now_ms)
      "$hugo_bin" --quiet --source "$corpus/hugo" --destination "$work/hugo-public" >/dev/null 2>&1
      end=$(now_ms)
      h=$((end - start))
      h_times+=("$h")
      ratios+=("$(awk -v a="$a" -v h="$h" 'BEGIN {printf "%.1f", a / (h > 0 ? h : 1)}')")
    fi
  done
  a_med=$(printf '%s\n' "${a_times[@]}" | median)
  out_a=$(du -sm "$work/site" | cut -f1)
  if [[ -n "$hugo_bin" ]]; then
    h_med=$(printf '%s\n' "${h_times[@]}" | median)
    r_med=$(printf '%s\n' "${ratios[@]}" | sort -n | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}')
    out_h=$(du -sm "$work/hugo-public" | cut -f1)
    output="$out_h / $out_a"
  else
    h_med="-"
    r_med="-"
    output="- / $out_a"
  fi
  rss_text="-"
  if ((peak > 0)); then
    rss_text="$((peak / 1024)) MiB"
  fi
  printf '%-9s %-14s %-12s %-12s %-16s %-14s\n' "$n" "$a_med" "$h_med" "${r_med}x" "$rss_text" "$output"
done
if [[ -z "$hugo_bin" ]]; then
  echo "hugo is not installed (e.g. apt-get install hugo): only Apparatus was measured"
fi
