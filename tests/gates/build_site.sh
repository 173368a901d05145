#!/usr/bin/env bash
# gate_build_site: builds the sample site once into a fresh folder for the other gates
# (ctest fixture gate_site). The folder is emptied first so no page of an earlier build survives.
# Usage: build_site.sh OPENWIJK REPO OUT
set -euo pipefail
openwijk=${1:?usage: build_site.sh OPENWIJK REPO OUT}
repo=${2:?}
out=${3:?}
rm -rf "$out"
"$openwijk" build --repo "$repo" --out "$out"
echo "build_site: $(find "$out" -type f -name '*.html' | wc -l) pages in $out"
