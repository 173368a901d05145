#!/usr/bin/env bash
# Makes a local data repository with three tagged publications, built from the
# committed sample data (git HEAD of this project), so that the site can show
# what changed between publications:
#
#   publicatie/2025-begroting        the begroting 2025 without amendments
#   publicatie/2025-wijziging-1      the cut of € 450.000 spread over the 15
#                                    NLA wijkbudgetten (the gewijzigd column)
#   publicatie/2025-jaarrekening     illustrative realisatie figures for the
#                                    wijkbudgetten
#
# Usage: data/scripts/make_publications.sh OUT_DIR   (for example build/publicaties-repo)
#
# Deterministic: fixed names and dates, no user or system git configuration,
# so the same HEAD always gives the same commit and tag ids. OUT_DIR is
# replaced only when it is missing or was made by this script.
set -euo pipefail

if [ $# -ne 1 ]; then
  echo "usage: $0 OUT_DIR" >&2
  exit 2
fi
out=$1
root=$(git -C "$(dirname "$0")" rev-parse --show-toplevel)
marker=.git/openwijk-publicaties

if [ -e "$out" ]; then
  if [ ! -f "$out/$marker" ]; then
    echo "$0: $out exists and was not made by this script; not touching it" >&2
    exit 1
  fi
  rm -rf "$out"
fi
mkdir -p "$out"

export GIT_CONFIG_GLOBAL=/dev/null GIT_CONFIG_NOSYSTEM=1
export GIT_AUTHOR_NAME="Gemeente Groningen (voorbeeld)" GIT_AUTHOR_EMAIL="openwijk@example.org"
export GIT_COMMITTER_NAME="$GIT_AUTHOR_NAME" GIT_COMMITTER_EMAIL="$GIT_AUTHOR_EMAIL"
export TZ=UTC LC_ALL=C
g() { git -C "$out" -c init.defaultBranch=main -c core.autocrlf=false -c commit.gpgsign=false \
        -c tag.gpgsign=false "$@"; }

g init -q
touch "$out/$marker"
git -C "$root" archive --format=tar HEAD site.json data content | tar -x -C "$out"
rm -rf "$out/data/scripts"
csv="$out/data/begroting/2025.csv"
full=$(mktemp)
trap 'rm -f "$full"' EXIT
cp "$csv" "$full"

# publish DATE TAG MESSAGE: commit everything and make the annotated tag.
publish() {
  export GIT_AUTHOR_DATE="$1T12:00:00+0000" GIT_COMMITTER_DATE="$1T12:00:00+0000"
  g add -A
  g commit -q -m "$3"
  g tag -a "$2" -F - <<<"$4"
}

# 1. The begroting as adopted: no amendments yet on the NLA wijkbudgetten, whose lines
#    name the decision that adopted the begroting, not the later cut.
sed -e '/^nla-/s/;lasten;\([0-9.]*\);[0-9.]*;/;lasten;\1;;/' \
    -e '/^nla-/s/; gewijzigd: korting van € 450.000 over vier jaar (€ 112.500 in 2025), gelijk verdeeld over de 15 wijkbudgetten//' \
    -e '/^nla-/s/;raad-korting-wijkbudgetten-2025$/;raad-begroting-2025/' \
    "$full" > "$csv"
publish 2024-11-07 publicatie/2025-begroting "data: begroting 2025 zoals vastgesteld" \
"Begroting 2025

soort: begroting
datum: 2024-11-07

De begroting 2025 zoals de gemeenteraad die vaststelde."

# 2. The amendment: the cut of € 450.000, evenly over the 15 wijkbudgetten.
cp "$full" "$csv"
publish 2025-07-10 publicatie/2025-wijziging-1 "data: korting op de wijkbudgetten" \
"Begrotingswijziging 2025: korting wijkbudgetten

soort: wijziging
datum: 2025-07-10

Een korting van in totaal € 450.000 over vier jaar (half gemeente, half corporaties), gelijk verdeeld over de 15 wijkbudgetten: € 112.500 in 2025."

# 3. The jaarrekening: illustrative realisatie for the wijkbudgetten, 93% to
# 99% of the amended budget.
awk -F';' -v OFS=';' '
  function plain(s) { gsub(/\./, "", s); sub(/,/, ".", s); return s + 0 }
  function dutch(n,   s, out) {
    s = sprintf("%d", n); out = ""
    while (length(s) > 3) { out = "." substr(s, length(s) - 2) out; s = substr(s, 1, length(s) - 3) }
    return s out
  }
  /^nla-/ { i++; $9 = dutch(int(plain($8) * (93 + i % 7) / 100)); sub(/"$/, "; realisatie: illustratief\"", $11) }
  { print }' "$full" > "$csv"
publish 2026-04-16 publicatie/2025-jaarrekening "data: realisatie 2025 (illustratief)" \
"Jaarrekening 2025

soort: jaarrekening
datum: 2026-04-16

Wat er in 2025 echt is uitgegeven aan de wijkbudgetten. Deze cijfers zijn illustratief."

g log --oneline --decorate | cat
