#!/usr/bin/env bash
# gate_html_valid: every .html page of a built site passes the Nu Html Checker (vnu) with no
# error. Inline SVG is part of HTML5 and vnu checks it as such; standalone files other than
# .html (.svg downloads, .csv, .json) are not pages and are skipped.
# Usage: html_valid.sh SITE_DIR [VNU_JAR]
set -euo pipefail

site=${1:?usage: html_valid.sh SITE_DIR [VNU_JAR]}
here=$(cd "$(dirname "$0")" && pwd)
jar=${2:-$here/../../node_modules/vnu-jar/build/dist/vnu.jar}

command -v java >/dev/null || { echo "html_valid: java not found (make test-deps installs default-jre-headless)"; exit 1; }
[ -f "$jar" ] || { echo "html_valid: $jar not found (make test-deps runs npm ci)"; exit 1; }
[ -d "$site" ] || { echo "html_valid: no site at $site"; exit 1; }

pages=$(find "$site" -type f -name '*.html' | wc -l)
if [ "$pages" -eq 0 ]; then
  echo "html_valid: no .html pages in $site"
  exit 1
fi

# vnu exits non-zero when it reports an error; its messages name file, line and column.
if java -Xss8m -jar "$jar" --errors-only --skip-non-html --format gnu "$site" 2>&1; then
  echo "html_valid: $pages pages, 0 errors"
else
  echo "html_valid: errors above ($pages pages checked)"
  exit 1
fi
