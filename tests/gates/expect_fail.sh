#!/usr/bin/env bash
# Runs a gate on a deliberately broken fixture and passes only if the gate fails for the
# expected reason: a non-zero exit AND every PATTERN (grep -E) found in its output.
# Usage: expect_fail.sh PATTERN [PATTERN ...] -- COMMAND [ARG ...]
set -euo pipefail

patterns=()
while [ $# -gt 0 ] && [ "$1" != "--" ]; do patterns+=("$1"); shift; done
[ $# -gt 1 ] || { echo "usage: expect_fail.sh PATTERN... -- COMMAND [ARG...]"; exit 2; }
shift

out=$(mktemp)
trap 'rm -f "$out"' EXIT
set +e
"$@" >"$out" 2>&1
rc=$?
set -e
cat "$out"
echo "--- exit code $rc"
if [ "$rc" -eq 0 ]; then
  echo "FAIL: the gate passed on a broken fixture: $*"
  exit 1
fi
for p in "${patterns[@]}"; do
  if ! grep -Eq -- "$p" "$out"; then
    echo "FAIL: the gate failed, but its output lacks the expected reason /$p/"
    exit 1
  fi
done
echo "OK: the gate failed as expected"
