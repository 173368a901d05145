# geojson-million-points
set -euo pipefail
python3 - <<'EOF'
n = 1000000
pts = ",".join("[%.6f,53.2]" % (6.5 + i * 1e-7) for i in range(n))
f = '{"type":"Feature","properties":{"code":"WK999901"},"geometry":{"type":"Polygon","coordinates":[[' + pts + ',[6.5,53.2]]]}}'
open("data/geo/wijken.geojson", "w").write('{"type":"FeatureCollection","features":[\n' + f + '\n]}\n')
EOF
