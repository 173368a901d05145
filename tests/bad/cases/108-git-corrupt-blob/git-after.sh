# git-corrupt-blob
set -euo pipefail
obj=$(git rev-parse HEAD:data/gebieden.csv)
f=.git/objects/${obj:0:2}/${obj:2}
chmod u+w "$f"
printf 'corrupt' > "$f"
