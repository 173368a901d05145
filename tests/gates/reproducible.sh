#!/usr/bin/env bash
# gate_reproducible: two builds of the same commit give the same bytes.
#   1. The sample site built twice (different output folders, time zones and working
#      directories) gives identical trees.
#   2. In a clean clone of the repository (so uncommitted local edits play no part), a build of
#      HEAD and a build with --worktree give identical trees.
# Trees are compared by the sha256 of every file, by path relative to the tree.
# Usage: reproducible.sh OPENWIJK SOURCE_DIR WORK_DIR
set -euo pipefail

openwijk=$(realpath "${1:?usage: reproducible.sh OPENWIJK SOURCE_DIR WORK_DIR}")
src=$(realpath "${2:?}")
work=${3:?}
rm -rf "$work"
mkdir -p "$work"
work=$(realpath "$work")

tree_hash() { # DIR -> one "sha256  path" line per file, sorted by path
  (cd "$1" && find . -type f -print0 | LC_ALL=C sort -z | xargs -0 -r sha256sum)
}

same_trees() { # WHAT DIR_A DIR_B
  tree_hash "$2" >"$work/a.sums"
  tree_hash "$3" >"$work/b.sums"
  if [ ! -s "$work/a.sums" ]; then
    echo "reproducible: $1: the build wrote no files"
    return 1
  fi
  if ! diff -u "$work/a.sums" "$work/b.sums" >"$work/diff.txt"; then
    echo "reproducible: $1: the trees differ:"
    grep '^[-+][0-9a-f]' "$work/diff.txt" | awk '{print $2}' | sort -u | sed -n '1,40s/^/  /p'
    return 1
  fi
  echo "reproducible: $1: identical ($(wc -l <"$work/a.sums") files)"
}

mkdir -p "$work/run1" "$work/run2"
(cd "$work/run1" && TZ=UTC LC_ALL=C "$openwijk" build --repo "$src" --out "$work/first")
(cd "$work/run2" && TZ=Pacific/Auckland LC_ALL=C.UTF-8 "$openwijk" build --repo "$src" --out "$work/second-build")
same_trees "two builds of $src" "$work/first" "$work/second-build"

git clone --quiet --no-hardlinks "$src" "$work/clone"
(cd "$work/clone" && git log -1 --format='reproducible: clean clone at %h %s')
"$openwijk" build --repo "$work/clone" --out "$work/head"
"$openwijk" build --repo "$work/clone" --worktree --out "$work/worktree"
same_trees "HEAD vs --worktree of a clean clone" "$work/head" "$work/worktree"
rm -rf "$work"
