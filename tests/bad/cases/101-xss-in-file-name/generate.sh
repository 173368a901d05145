# xss-in-file-name
set -euo pipefail
sed "s/Over deze site/Naam/" content/over.md > 'content/x"><svg onload=alert(1337)>.md'  # made here: not a portable name
