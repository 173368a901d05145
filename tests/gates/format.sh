#!/usr/bin/env bash
# gate_format: every tracked C++ file under generator/ and tests/ is formatted as the root
# .clang-format says. Fix with: clang-format -i FILE.
# Usage: format.sh SOURCE_DIR [FILE ...]   (FILEs instead of the tracked files: for self-tests)
set -euo pipefail

src=${1:?usage: format.sh SOURCE_DIR [FILE ...]}
shift
cf=${CLANG_FORMAT:-clang-format}
command -v "$cf" >/dev/null || { echo "format: $cf not found (make test-deps installs clang-format)"; exit 1; }
cd "$src"

if [ $# -gt 0 ]; then
  files=("$@")
else
  git rev-parse --git-dir >/dev/null 2>&1 || { echo "format: $src is not a git checkout"; exit 1; }
  mapfile -d '' files < <(git ls-files -z -- 'generator/*.cc' 'generator/*.h' 'tests/*.cc' 'tests/*.h')
fi
if [ "${#files[@]}" -eq 0 ]; then
  echo "format: no tracked .cc/.h files yet"
  exit 0
fi

# --dry-run --Werror prints each place that differs and exits non-zero; check every file so
# the report names all of them, not just the first.
bad=()
for f in "${files[@]}"; do
  if ! out=$("$cf" --dry-run --Werror "$f" 2>&1); then
    bad+=("$f")
    # The first six lines, without a pipe: `| head` may close early, and under pipefail the
    # writer's SIGPIPE (exit 141) would end the gate before it names the file.
    mapfile -t lines <<<"$out"
    printf '%s\n' "${lines[@]:0:6}"
  fi
done
if [ "${#bad[@]}" -gt 0 ]; then
  printf 'format: not clang-formatted: %s\n' "${bad[@]}"
  echo "format: ${#bad[@]} of ${#files[@]} files need clang-format -i"
  exit 1
fi
echo "format: ${#files[@]} files clang-formatted"
