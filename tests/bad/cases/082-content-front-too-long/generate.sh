# content-front-too-long
set -euo pipefail
python3 - <<'EOF'
open("content/over.md", "w").write("---\ntitel: Over\n" + "".join("k%d: %s\n" % (i, "x" * 60) for i in range(2000)) + "---\nTekst\n")
EOF
