#!/usr/bin/env bash
# The fuzzing gate: builds the libFuzzer targets with clang in their own tree,
# replays every saved crash in regressions/<target>/, then fuzzes each target
# for FUZZ_SECONDS on a copy of its seed corpus. Any crash, timeout, leak or
# out-of-memory fails the gate.
#
#   tests/fuzz/run.sh [BUILD_DIR]                 # CI: 60 s per target
#   FUZZ_SECONDS=600 tests/fuzz/run.sh            # a longer run
#   FUZZ_TARGETS="csv amount" tests/fuzz/run.sh   # some targets only
#
# BUILD_DIR defaults to build/fuzz. The source tree is never written to: new
# corpus entries and crash artifacts go to BUILD_DIR/run/.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
build="${1:-$here/../../build/fuzz}"
seconds="${FUZZ_SECONDS:-60}"
export CC="${CC:-clang}" CXX="${CXX:-clang++}"

for tool in "$CC" "$CXX" cmake; do
  command -v "$tool" >/dev/null || { echo "gate_fuzz: '$tool' not found (need clang for libFuzzer)" >&2; exit 1; }
done

mkdir -p "$build"
build="$(cd "$build" && pwd)"
cmake -S "$here" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo >"$build/configure.log" 2>&1 ||
  { cat "$build/configure.log" >&2; exit 1; }
cmake --build "$build" -j"${FUZZ_BUILD_JOBS:-2}" >"$build/build.log" 2>&1 ||
  { tail -50 "$build/build.log" >&2; exit 1; }

targets="${FUZZ_TARGETS:-}"
if [[ -z "$targets" ]]; then
  for bin in "$build"/*_fuzz; do targets+=" $(basename "${bin%_fuzz}")"; done
fi

failed=()
for t in $targets; do
  bin="$build/${t}_fuzz"
  [[ -x "$bin" ]] || { echo "gate_fuzz: no target '$t'" >&2; failed+=("$t:missing"); continue; }
  run="$build/run/$t"
  rm -rf "$run"
  mkdir -p "$run/corpus" "$run/artifacts"
  common=(-timeout=5 -rss_limit_mb=2048 -max_len=65536 -artifact_prefix="$run/artifacts/")

  # Regression suite: every file saved from an earlier crash, run once.
  shopt -s nullglob
  regressions=("$here/regressions/$t"/*)
  shopt -u nullglob
  if ((${#regressions[@]})); then
    echo "== $t: ${#regressions[@]} regression inputs"
    if ! "$bin" "${common[@]}" "${regressions[@]}" >"$run/regressions.log" 2>&1; then
      tail -40 "$run/regressions.log" >&2
      failed+=("$t:regression")
    fi
  fi

  # Fuzz on a copy of the seeds (plus tests/fuzz/<target>/ if another gate keeps seeds there).
  cp -r "$here/corpus/$t/." "$run/corpus/" 2>/dev/null || true
  [[ -d "$here/$t" ]] && cp -r "$here/$t/." "$run/corpus/" 2>/dev/null || true
  dict=()
  [[ -f "$here/$t.dict" ]] && dict=(-dict="$here/$t.dict")
  echo "== $t: fuzzing for ${seconds}s"
  if "$bin" "${common[@]}" "${dict[@]}" -max_total_time="$seconds" -print_final_stats=1 \
      "$run/corpus" >"$run/fuzz.log" 2>&1; then
    grep -E '^stat::number_of_executed_units|^#[0-9]+.*DONE' "$run/fuzz.log" | tail -2 || true
  else
    tail -60 "$run/fuzz.log" >&2
    echo "gate_fuzz: $t failed; reproducer(s):" >&2
    ls "$run/artifacts/" >&2
    failed+=("$t:fuzz")
  fi
done

if ((${#failed[@]})); then
  echo "gate_fuzz: FAILED: ${failed[*]} (logs and artifacts in $build/run/)" >&2
  echo "Save each reproducer under tests/fuzz/regressions/<target>/ once fixed." >&2
  exit 1
fi
echo "gate_fuzz: ok (${seconds}s per target)"
