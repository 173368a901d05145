# git-corrupt-tree
set -euo pipefail
obj=$(git rev-parse HEAD:data/kompas)
f=.git/objects/${obj:0:2}/${obj:2}
chmod u+w "$f"
python3 -c "import zlib,sys; open(sys.argv[1],'wb').write(zlib.compress(b'tree 20\0' + b'100644 a\0' + b'x' * 11))" "$f"
