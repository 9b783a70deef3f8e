#!/usr/bin/env bash
# Vendors YASGUI from the npm registry into the jar's web files: src/main/resources/web/vendor/yasgui/.
#   usage: src/main/scripts/vendor-yasgui.sh [VERSION]   (from the repository's root; default 4.6.2)
set -euo pipefail
version="${1:-4.6.2}"
target=src/main/resources/web/vendor/yasgui
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "@zazuko/yasgui@$version" >/dev/null && tar xzf zazuko-yasgui-*.tgz)
cp "$work/package/build/yasgui.min.js" "$work/package/build/yasgui.min.css" "$target/"
sed -i "s/@zazuko\/yasgui\` [0-9.]*/@zazuko\/yasgui\` $version/" "$target/README.md"
echo "vendored @zazuko/yasgui $version into $target"
