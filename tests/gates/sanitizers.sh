#!/usr/bin/env bash
# gate_sanitizers: builds a second tree of the same source with AddressSanitizer and
# UndefinedBehaviorSanitizer (OPENWIJK_SANITIZE=ON, Debug) and runs its whole test suite there,
# gates excepted (they would recurse). Any leak, memory error or undefined behaviour fails.
# When the tree has an openwijk binary, it also builds the sample site with it.
# Usage: sanitizers.sh SOURCE_DIR BUILD_DIR [extra cmake -D options]
set -euo pipefail

src=${1:?usage: sanitizers.sh SOURCE_DIR BUILD_DIR [cmake options]}
build=${2:?}
shift 2
jobs=$(nproc)

export ASAN_OPTIONS=detect_leaks=1:halt_on_error=1:abort_on_error=0
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1

echo "sanitizers: configuring $build"
cmake -S "$src" -B "$build" -DOPENWIJK_SANITIZE=ON -DCMAKE_BUILD_TYPE=Debug \
  -DOPENWIJK_GATES=OFF "$@"
echo "sanitizers: building"
cmake --build "$build" -j "$jobs"

# --no-tests=error: a sanitizer run that ran nothing proves nothing.
echo "sanitizers: running the tests under ASan + UBSan"
ctest --test-dir "$build" --output-on-failure --no-tests=error -j "$jobs" -E '^gate_'

if [ -x "$build/openwijk" ]; then
  echo "sanitizers: building the sample site under ASan + UBSan"
  rm -rf "$build/asan-site"
  "$build/openwijk" build --repo "$src" --out "$build/asan-site"
fi
echo "sanitizers: clean"
