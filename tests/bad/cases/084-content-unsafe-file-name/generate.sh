# content-unsafe-file-name
set -euo pipefail
cp content/over.md "content/a\\b.md"  # made here: such names break checkouts on Windows
