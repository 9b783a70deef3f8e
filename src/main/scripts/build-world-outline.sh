#!/usr/bin/env bash
# Builds the exploration page's offline world outline, src/main/resources/web/world-110m.geojson, from the npm
# packages world-atlas (Natural Earth's 1:110m land, public domain; packaged under the ISC licence) and
# topojson-client (ISC), which turns its TopoJSON into GeoJSON. Coordinates are rounded to 0.01 degree; a polygon
# that crosses the antimeridian ends at it.
#   usage: src/main/scripts/build-world-outline.sh   (from the repository's root; needs node and npm)
set -euo pipefail
target=src/main/resources/web/world-110m.geojson
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent world-atlas@2.0.2 topojson-client@3.1.0 >/dev/null \
    && mkdir atlas client && tar xzf world-atlas-2.0.2.tgz -C atlas && tar xzf topojson-client-3.1.0.tgz -C client)
node - "$work" "$target" <<'JS'
const [work, target] = process.argv.slice(2);
const topojson = require(work + '/client/package/dist/topojson-client.js');
const topology = require(work + '/atlas/package/land-110m.json');
const land = topojson.feature(topology, topology.objects.land);
const round = c => (typeof c[0] === 'number' ? c.map(x => Math.round(x * 100) / 100) : c.map(round));
// A plain longitude/latitude map draws a polygon that crosses the antimeridian (Eurasia at Chukotka, Fiji) as a band
// across the whole map: such a polygon keeps only its points on the side where most of it lies, so that it ends at
// the antimeridian. Antarctica's edge along the bottom is drawn as it should be.
const crosses = ring => ring.some((p, i) => i > 0 && Math.abs(p[0] - ring[i - 1][0]) > 180)
  && Math.max(...ring.map(p => p[1])) > -60;
const cut = ring => {
  const east = ring.filter(p => p[0] >= 0).length >= ring.length / 2;
  const kept = ring.filter(p => (east ? p[0] >= 0 : p[0] <= 0));
  return [...kept, kept[0]];
};
land.features.forEach(f => {
  f.geometry.coordinates = round(f.geometry.coordinates)
    .map(polygon => polygon.map(ring => (crosses(ring) ? cut(ring) : ring)));
  f.properties = { name: 'land' };
});
require('fs').writeFileSync(target, JSON.stringify(land));
JS
echo "wrote $target"
