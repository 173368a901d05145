# git-symlink-dir
set -euo pipefail
ln -s .. content/boven
git add content/boven
