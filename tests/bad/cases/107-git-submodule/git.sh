# git-submodule
set -euo pipefail
git update-index --add --cacheinfo 160000,$(git rev-parse HEAD),data/extern
