# content-front-deep-nesting
set -euo pipefail
python3 - <<'EOF'
open("content/over.md", "w").write("---\ntitel: " + "[" * 50000 + "]" * 50000 + "\n---\nTekst\n")
EOF
