#!/usr/bin/env bash
# gate_tsan: builds a second tree of the same source with ThreadSanitizer (OPENWIJK_TSAN=ON,
# RelWithDebInfo) and runs the unit and whole-site tests there, then builds the sample site on
# four threads. Loading, comparing the publications and rendering run on several threads
# (util/parallel.h, render/render_site.cc): any data race TSan sees fails the gate.
# Usage: tsan.sh SOURCE_DIR BUILD_DIR [extra cmake -D options]
set -euo pipefail

src=${1:?usage: tsan.sh SOURCE_DIR BUILD_DIR [cmake options]}
build=${2:?}
shift 2
jobs=$(nproc)

export TSAN_OPTIONS=halt_on_error=1:second_deadlock_stack=1
# Older TSan runtimes reject the address layout of kernels with more mmap randomness
# ("unexpected memory mapping"); without address randomisation they always run.
norandom=()
if setarch "$(uname -m)" -R true 2>/dev/null; then norandom=(setarch "$(uname -m)" -R); fi

echo "tsan: configuring $build"
cmake -S "$src" -B "$build" -DOPENWIJK_TSAN=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DOPENWIJK_GATES=OFF "$@"
echo "tsan: building"
cmake --build "$build" -j "$jobs" --target unit_tests openwijk

# A build without the runtime would pass vacuously. (Into a variable: `grep -q` in a pipe
# would stop nm early, and pipefail would count that as a failure.)
symbols=$(nm -D "$build/tests/unit_tests")
if [[ $symbols != *__tsan_init* ]]; then
  echo "tsan: $build/tests/unit_tests is not built with ThreadSanitizer" >&2
  exit 1
fi

echo "tsan: running the unit and whole-site tests"
(cd "$src" && "${norandom[@]}" "$build/tests/unit_tests")

echo "tsan: building the sample site on four threads"
rm -rf "$build/tsan-site"
"${norandom[@]}" "$build/openwijk" build --threads 4 --repo "$src" --out "$build/tsan-site"
echo "tsan: clean"
