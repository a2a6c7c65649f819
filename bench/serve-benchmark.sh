#!/usr/bin/env bash
# Times the live preview from the save of a note to the reload event, on the bundled edition and on a
# synthetic edition of N documents.
#
# Usage: bash bench/serve-benchmark.sh [edits] [documents]     (default: 10 edits; 500 documents)
#
# Each edition is copied to a temporary project and served by `apparatus serve`; bench/ServeBenchmark.java
# listens to the event stream as an open page does, saves one note the way editors do (a new file renamed
# over the old one) and measures the time until the reload event. Five edits first let the JIT warm up and
# are not counted. Prints the median and range of the counted edits and the median of each build stage.
# JVM options for the server can be passed in JAVA_OPTS.
set -euo pipefail

edits="${1:-10}"
documents="${2:-500}"
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"

mkdir -p "$work/bundled"
cp -r "$repo/content" "$repo/templates" "$work/bundled/"
note="$(cd "$work/bundled" && find content/notes -name '*.md' | sort | awk 'NR == 1')"
java "$repo/bench/ServeBenchmark.java" "$jar" "$work/bundled" "$note" "$edits"

java "$repo/bench/SyntheticEdition.java" "$documents" "$work/synthetic" >/dev/null
project="$work/synthetic/apparatus"
cp -r "$repo/templates" "$project/"
note="$(cd "$project" && find content/notes -name '*.md' | sort | awk 'NR == 1')"
java "$repo/bench/ServeBenchmark.java" "$jar" "$project" "$note" "$edits"
