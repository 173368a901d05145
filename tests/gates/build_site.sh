#!/usr/bin/env bash
# gate_build_site: builds the sample site once into a fresh folder for the other gates
# (ctest fixture gate_site), exactly as `make site` does: from the data repository with the
# sample's publication tags that data/scripts/make_publications.sh makes, so the publication,
# change and line-history pages are checked too. The folder is emptied first so no page of an
# earlier build survives.
# Usage: build_site.sh OPENWIJK PROJECT OUT
set -euo pipefail
openwijk=${1:?usage: build_site.sh OPENWIJK REPO OUT}
repo=${2:?}
out=${3:?}
rm -rf "$out"
"$repo/data/scripts/make_publications.sh" "$out-repo" >/dev/null
"$openwijk" build --repo "$out-repo" --out "$out"
echo "build_site: $(find "$out" -type f -name '*.html' | wc -l) pages in $out"
