# git-replaced-blob: the object file of data/gebieden.csv holds another
# valid blob (site.json's), so it inflates, but not to the object its id names.
set -euo pipefail
obj=$(git rev-parse HEAD:data/gebieden.csv)
other=$(git rev-parse HEAD:site.json)
f=.git/objects/${obj:0:2}/${obj:2}
chmod u+w "$f"
cp ".git/objects/${other:0:2}/${other:2}" "$f"
