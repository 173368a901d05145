# gebieden-long-cycle
set -euo pipefail
python3 - <<'EOF'
n = 50000
rows = ["code,naam,niveau,ouder,soort", "GM9999,Testdorp,gemeente,,", "WK999901,Noord,wijk,GM9999,", "WK999902,Zuid,wijk,GM9999,", "BU99990101,Oude Haven,buurt,WK999901,"]
rows += ["C%d,Kring %d,buurt,C%d," % (i, i, (i + 1) % n) for i in range(n)]
open("data/gebieden.csv", "w").write("\n".join(rows) + "\n")
EOF
