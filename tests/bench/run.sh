#!/usr/bin/env bash
# The openwijk benchmark in one command:
#   tests/bench/run.sh [gemeente] [provincie] [land] [run.py options]
# Builds the tool in Release into build-bench/ (or uses $OPENWIJK), then runs
# run.py. Results: tests/bench/out/results-<scale>.json and results.md.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
build="${BENCH_BUILD:-$root/build-bench}"

if [ -z "${OPENWIJK:-}" ]; then
  [ -f "$build/CMakeCache.txt" ] || cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release >/dev/null
  cmake --build "$build" -j "$(nproc)" --target openwijk >/dev/null
  for candidate in "$build/openwijk" "$build/generator/openwijk"; do
    if [ -x "$candidate" ]; then OPENWIJK="$candidate"; break; fi
  done
fi
[ -x "${OPENWIJK:-}" ] || { echo "run.sh: no openwijk binary found in $build" >&2; exit 1; }
# Hugo from Debian, as `make` installs the other packages; without it (no root, no
# sudo, no registry) the comparison is left out and the tables say so.
if ! command -v hugo >/dev/null; then
  sudo=""; [ "$(id -u)" = 0 ] || sudo="sudo"
  $sudo apt-get install -y -qq --no-install-recommends hugo >/dev/null 2>&1 ||
    echo "run.sh: could not install hugo (apt-get install hugo); skipping the Hugo comparison" >&2
fi

exec python3 "$here/run.py" --openwijk "$OPENWIJK" "$@"
