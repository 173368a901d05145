#!/usr/bin/env bash
# The robustness gate: every case in cases/ must fail cleanly.
#
#   tests/bad/run.sh OPENWIJK_BINARY [CASE_NAME_SUBSTRING...]
#
# A case is a directory cases/<NN-name>/ of files that override or add to the
# valid repository in base/, plus control files (never copied):
#   expect.txt     the build must exit 1; each line must appear on stderr
#                  (a fixed string, or a regex after "re:")
#   expect-ok.txt  instead: the build must exit 0 and no HTML/SVG page may
#                  hold live markup (live_markup.py); each line is one more
#                  fixed string that must not appear there. A first line
#                  "allow-error" also accepts exit 1 with a diagnostic
#   args.txt       extra arguments for `openwijk build` (one line)
#   delete.txt     paths of base/ to remove, one per line
#   generate.sh    run in the repository before committing, for content too
#                  big to keep in git (10 MB fields, a million points, ...)
#   git.sh         run in the repository after `git add`, before the commit
#                  (symlinks, submodule entries, ...)
#   git-after.sh   run in the repository after the commit (corrupt objects)
# For every case the previous site must stay byte-identical, and the build
# must neither crash (no sanitizer report, no signal) nor take longer than
# CASE_SECONDS (default 20). The last check kills builds with SIGKILL and
# asserts the site directory is still whole.
set -euo pipefail

bin="${1:?usage: run.sh OPENWIJK_BINARY [CASE...]}"
bin="$(cd "$(dirname "$bin")" && pwd)/$(basename "$bin")"
shift
filters=("$@")
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
case_seconds="${CASE_SECONDS:-20}"
work="$(mktemp -d "${TMPDIR:-/tmp}/openwijk-bad.XXXXXX")"
trap 'rm -rf "$work"' EXIT
control=(expect.txt expect-ok.txt args.txt delete.txt generate.sh git.sh git-after.sh)

export GIT_AUTHOR_NAME=gate GIT_AUTHOR_EMAIL=gate@example.org
export GIT_COMMITTER_NAME=gate GIT_COMMITTER_EMAIL=gate@example.org
export GIT_AUTHOR_DATE="2025-01-01T12:00:00Z" GIT_COMMITTER_DATE="2025-01-01T12:00:00Z"
export GIT_CONFIG_NOSYSTEM=1 HOME="$work"
git config --global init.defaultBranch main
git config --global protocol.file.allow always

# A hash of a directory: names, types, link targets and contents.
tree_hash() {
  (cd "$1" && find . -printf '%y %p %l\n' | LC_ALL=C sort &&
    find . -type f -print0 | LC_ALL=C sort -z | xargs -0r sha256sum) | sha256sum | cut -d' ' -f1
}

new_repo() {  # new_repo DIR: a git repository holding base/ in one commit
  mkdir -p "$1"
  cp -r "$here/base/." "$1/"
  git -C "$1" init -q
  git -C "$1" add -A
  git -C "$1" commit -q -m base
}

# The previous site: built once from base/, copied before each case.
new_repo "$work/base-repo"
if ! "$bin" build --repo "$work/base-repo" --out "$work/good/site" >"$work/good.log" 2>&1; then
  cat "$work/good.log" >&2
  echo "gate_bad_input: the valid base repository does not build" >&2
  exit 1
fi
good_hash="$(tree_hash "$work/good/site")"

passed=0
failures=()
fail() { failures+=("$name"); echo "FAIL $name: $*"; }

run_case() {
  local dir="$1" name="$2" repo="$work/$2/repo" out="$work/$2/out"
  new_repo "$repo"
  (cd "$dir" && find . -type f $(printf -- '! -name %s ' "${control[@]}") -print0 |
    xargs -0r cp --parents -t "$repo")
  if [[ -f "$dir/delete.txt" ]]; then
    while IFS= read -r p; do [[ -n "$p" ]] && rm -rf "${repo:?}/$p"; done <"$dir/delete.txt"
  fi
  [[ -f "$dir/generate.sh" ]] && (cd "$repo" && bash "$dir/generate.sh")
  git -C "$repo" add -A
  [[ -f "$dir/git.sh" ]] && (cd "$repo" && bash "$dir/git.sh")
  git -C "$repo" commit -q --allow-empty -m "bad: $name"
  [[ -f "$dir/git-after.sh" ]] && (cd "$repo" && bash "$dir/git-after.sh")

  mkdir -p "$out"
  cp -a "$work/good/site" "$out/site"
  local args=() rc=0
  [[ -f "$dir/args.txt" ]] && { read -r -a args <"$dir/args.txt" || true; }
  local start=$SECONDS
  timeout -k 5 "$case_seconds" "$bin" build --repo "$repo" --out "$out/site" "${args[@]}" \
    >"$out/stdout" 2>"$out/stderr" || rc=$?
  local took=$((SECONDS - start)) ok=1
  if ((rc == 124 || rc == 137)); then fail "no result after ${case_seconds}s (hang)"; return; fi
  if grep -qE 'Sanitizer|runtime error:|Segmentation|terminate called|core dumped|Aborted' "$out/stderr"; then
    fail "crashed (exit $rc)"; head -20 "$out/stderr" | sed 's/^/    /'; return
  fi
  if ((rc >= 128)); then fail "killed by signal $((rc - 128))"; return; fi

  if [[ -f "$dir/expect-ok.txt" ]]; then
    # Hostile text is fine as data; it must only never become live markup.
    # "allow-error" on the first line also accepts a clean rejection.
    local forbidden=() allow_error=0 line
    while IFS= read -r line; do
      if [[ "$line" == allow-error ]]; then allow_error=1; elif [[ -n "$line" ]]; then forbidden+=("$line"); fi
    done <"$dir/expect-ok.txt"
    if ((rc == 1 && allow_error)) && grep -qE '(^|: )error: ' "$out/stderr" &&
        [[ "$(tree_hash "$out/site")" == "$good_hash" ]]; then
      :
    elif ((rc != 0)); then
      fail "expected exit 0, got $rc"; head -10 "$out/stderr" | sed 's/^/    | /'; return
    elif ! python3 "$here/live_markup.py" "$out/site" "${forbidden[@]}" >"$out/live" 2>&1; then
      fail "live markup in the output:"; sed 's/^/    | /' "$out/live"; return
    fi
  else
    if ((rc != 1)); then ok=0; fail "expected exit 1, got $rc"; fi
    if ! grep -qE '^[^ ]+(:[0-9]+){0,2}: error: ' "$out/stderr"; then
      ok=0; fail "no gcc-style 'file:line:column: error:' diagnostic"
    fi
    while IFS= read -r want; do
      [[ -z "$want" ]] && continue
      if [[ "$want" == re:* ]]; then
        grep -qE -- "${want#re:}" "$out/stderr" || { ok=0; fail "stderr lacks /${want#re:}/"; }
      else
        grep -qF -- "$want" "$out/stderr" || { ok=0; fail "stderr lacks '$want'"; }
      fi
    done <"$dir/expect.txt"
    if ((ok == 0)); then head -c 1500 "$out/stderr" | sed -n '1,12s/^/    | /p'; return; fi
    if [[ "$(tree_hash "$out/site")" != "$good_hash" ]]; then
      fail "the previous site was changed"; return
    fi
  fi
  passed=$((passed + 1))
  echo "ok   $name (${took}s)"
  rm -rf "${work:?}/$name"
}

# kill -9 in the middle of a build: the site directory stays whole (either the
# previous site or the complete new one; a leftover temporary sibling is fine).
kill_case() {
  local name="kill-9" repo="$work/kill/repo" out="$work/kill/out"
  new_repo "$repo"
  python3 "$here/make_large.py" "$repo" 60 20
  git -C "$repo" add -A
  git -C "$repo" commit -q -m large
  "$bin" build --repo "$repo" --out "$work/kill/full/site" >/dev/null 2>&1 ||
    { fail "the large repository does not build"; return; }
  local full_hash; full_hash="$(tree_hash "$work/kill/full/site")"
  local killed=0
  for delay in 0.05 0.1 0.2 0.3 0.5 0.8 1.2; do
    rm -rf "$out"; mkdir -p "$out"
    cp -a "$work/good/site" "$out/site"
    "$bin" build --repo "$repo" --out "$out/site" >/dev/null 2>&1 &
    local pid=$!
    sleep "$delay"
    if kill -9 "$pid" 2>/dev/null; then killed=$((killed + 1)); fi
    wait "$pid" 2>/dev/null || true
    local h; h="$(tree_hash "$out/site" 2>/dev/null || echo missing)"
    if [[ "$h" != "$good_hash" && "$h" != "$full_hash" ]]; then
      fail "after kill -9 at ${delay}s the site is neither the previous nor the new one"
      ls -la "$out" | sed 's/^/    /'
      return
    fi
  done
  ((killed > 0)) || { fail "every build ended before kill -9; make the repository larger"; return; }
  passed=$((passed + 1))
  echo "ok   $name ($killed builds killed)"
}

selected() {
  ((${#filters[@]} == 0)) && return 0
  local f; for f in "${filters[@]}"; do [[ "$1" == *"$f"* ]] && return 0; done
  return 1
}

total=0
for dir in "$here"/cases/*/; do
  name="$(basename "$dir")"
  selected "$name" || continue
  total=$((total + 1))
  run_case "${dir%/}" "$name"
done
if selected kill-9; then total=$((total + 1)); name=kill-9; kill_case; fi

echo "gate_bad_input: $passed of $total cases passed"
if ((${#failures[@]})); then
  echo "failed: ${failures[*]}"
  exit 1
fi
