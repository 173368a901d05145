# site-json-deep-nesting
set -euo pipefail
python3 - <<'EOF'
open("site.json", "w").write('{"titel": ' + "[" * 100000 + "]" * 100000 + "}\n")
EOF
