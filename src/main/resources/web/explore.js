// Parley's exploration page: search an actor, then draw its contacts as a network, a chart per month, a map and a
// list of events with their evidence. Everything comes from the named queries through /api/query/NAME.
'use strict';

const ID = 'https://w3id.org/parley/id/';
const TYPES = ['Meeting', 'PhoneCall', 'VideoCall', 'Visit'];
const TYPE_NAMES = { Meeting: 'Meeting', PhoneCall: 'Phone call', VideoCall: 'Video call', Visit: 'Visit' };
const KIND_COLOURS = { Person: '#4e79a7', Country: '#f28e2b', Organisation: '#59a14f', Actor: '#999999' };

const state = { person: null, countries: [], from: '', to: '' };
let actors = [];
let charts = {};
let worldOutline = false;

const $ = id => document.getElementById(id);

/** The rows of a named query's results, each a map from variable to lexical value. */
async function query(name, params) {
  const response = await fetch('/api/query/' + name + '?' + new URLSearchParams(params));
  const body = await response.json();
  if (!response.ok) {
    throw new Error(body.error || response.statusText);
  }
  return body.results.bindings.map(b => Object.fromEntries(Object.entries(b).map(([k, v]) => [k, v.value])));
}

/** The page of a Parley IRI on this server, or the IRI itself. */
function href(iri) {
  return iri.startsWith(ID) ? '/id/' + iri.substring(ID.length) : iri;
}

function element(tag, attributes, ...children) {
  const node = document.createElement(tag);
  Object.entries(attributes || {}).forEach(([k, v]) => node.setAttribute(k, v));
  children.flat().forEach(c => node.append(c instanceof Node ? c : document.createTextNode(String(c))));
  return node;
}

function link(iri, text) {
  return element('a', { href: href(iri) }, text);
}

// ---- Search

function normalise(text) {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

/** Actors whose label or an alias starts with the text (or has a word that does), best first. */
function suggestions(text) {
  const q = normalise(text.trim());
  if (!q) {
    return [];
  }
  const scored = [];
  for (const actor of actors) {
    let best = Infinity;
    actor.names.forEach((name, i) => {
      const n = normalise(name);
      const score = n.startsWith(q) ? 0 : n.split(/[\s-]+/).some(w => w.startsWith(q)) ? 1 : n.includes(q) ? 3 : Infinity;
      best = Math.min(best, score + (i === 0 ? 0 : 1));
    });
    if (best < Infinity) {
      scored.push([best, actor]);
    }
  }
  scored.sort((a, b) => a[0] - b[0] || b[1].contacts - a[1].contacts || a[1].label.localeCompare(b[1].label));
  return scored.slice(0, 12).map(s => s[1]);
}

function showSuggestions() {
  const list = $('suggestions');
  const found = suggestions($('search').value);
  list.replaceChildren(...found.map((actor, i) => {
    const item = element('li', { role: 'option', 'aria-selected': i === 0 ? 'true' : 'false', 'data-iri': actor.iri },
      element('span', {}, actor.label),
      element('span', { class: 'kind' }, actor.type + (actor.contacts ? ' · ' + actor.contacts + ' contacts' : '')));
    item.addEventListener('mousedown', e => { e.preventDefault(); choose(actor); });
    return item;
  }));
  list.hidden = found.length === 0;
  $('search').setAttribute('aria-expanded', String(!list.hidden));
}

function moveSelection(step) {
  const items = [...$('suggestions').children];
  if (!items.length) {
    return;
  }
  const at = items.findIndex(li => li.getAttribute('aria-selected') === 'true');
  const next = (at + step + items.length) % items.length;
  items.forEach((li, i) => li.setAttribute('aria-selected', String(i === next)));
  items[next].scrollIntoView({ block: 'nearest' });
}

function chooseSelected() {
  const selected = $('suggestions').querySelector('[aria-selected="true"]');
  const actor = selected && actors.find(a => a.iri === selected.dataset.iri);
  if (actor) {
    choose(actor);
  }
}

/** A person (or organisation) replaces the selection; a country is added, up to two. */
function choose(actor) {
  if (actor.type === 'Country') {
    state.person = null;
    state.countries = [...state.countries.filter(c => c.iri !== actor.iri), actor].slice(-2);
  } else {
    state.person = actor;
    state.countries = [];
  }
  $('search').value = '';
  showSuggestions();
  update();
}

// ---- State and URL

function params() {
  const p = {};
  if (state.person) {
    p.person = state.person.iri;
  }
  state.countries.forEach((c, i) => { p[i === 0 ? 'countryA' : 'countryB'] = c.iri; });
  if (state.from) {
    p.from = state.from;
  }
  if (state.to) {
    p.to = state.to;
  }
  return p;
}

function writeHash() {
  const p = params();
  history.replaceState(null, '', Object.keys(p).length ? '#' + new URLSearchParams(p) : location.pathname);
}

function readHash() {
  const p = new URLSearchParams(location.hash.substring(1));
  const byIri = iri => actors.find(a => a.iri === iri) || { iri, label: iri, type: 'Actor', names: [iri], contacts: 0 };
  state.person = p.get('person') ? byIri(p.get('person')) : null;
  state.countries = ['countryA', 'countryB'].filter(k => p.get(k)).map(k => byIri(p.get(k)));
  state.from = p.get('from') || '';
  state.to = p.get('to') || '';
  $('from').value = state.from;
  $('to').value = state.to;
}

function showSelection() {
  const chosen = state.person ? [state.person] : state.countries;
  const box = $('selection');
  if (!chosen.length) {
    box.textContent = 'Pick a person, or one or two countries.';
    return;
  }
  box.replaceChildren(state.person ? 'Contacts of ' : state.countries.length === 2 ? 'Contacts between ' : 'Contacts of ',
    ...chosen.map(actor => {
      const remove = element('button', { type: 'button', 'aria-label': 'Remove ' + actor.label }, '×');
      remove.addEventListener('click', () => {
        state.person = state.person === actor ? null : state.person;
        state.countries = state.countries.filter(c => c !== actor);
        update();
      });
      return element('span', { class: 'chip' }, link(actor.iri, actor.label), remove);
    }),
    state.countries.length === 1 ? ' (add a second country for the contacts between the two)' : '');
}

async function update() {
  writeHash();
  showSelection();
  $('status').textContent = '';
  if (!state.person && !state.countries.length) {
    $('results').hidden = true;
    return;
  }
  try {
    const p = params();
    const [contacts, reports] = await Promise.all([query('explore-contacts', p), query('explore-reports', p)]);
    $('results').hidden = false;
    render(contacts, reports);
  } catch (e) {
    $('status').textContent = e.message;
  }
}

// ---- Results

/** One entry per event: its type, date, month, place and participants. */
function eventsOf(rows) {
  const events = new Map();
  for (const row of rows) {
    if (!events.has(row.event)) {
      events.set(row.event, { iri: row.event, type: row.type, date: row.date, month: row.month, place: row.place,
        placeLabel: row.placeLabel, lat: row.lat, lon: row.lon, reports: Number(row.reports), participants: [] });
    }
    events.get(row.event).participants.push({ iri: row.participant, label: row.participantLabel, type: row.participantType });
  }
  return [...events.values()];
}

function render(rows, reports) {
  const events = eventsOf(rows);
  const byType = TYPES.map(t => [t, events.filter(e => e.type === t).length]).filter(([, n]) => n > 0);
  $('summary').textContent = events.length === 0 ? 'No contacts in the store for this selection'
    : events.length + (events.length === 1 ? ' contact' : ' contacts') + ': '
      + byType.map(([t, n]) => n + ' ' + TYPE_NAMES[t].toLowerCase() + (n === 1 ? '' : 's')).join(', ');
  drawNetwork(events);
  drawChart(events);
  drawMap(events);
  listEvents(events, reports);
}

function plot(id) {
  if (!charts[id]) {
    // SVG, so that the labels are text in the page: searchable, selectable and readable by tests.
    charts[id] = echarts.init($(id), null, { renderer: 'svg' });
    window.addEventListener('resize', () => charts[id].resize());
  }
  return charts[id];
}

function drawNetwork(events) {
  const nodes = new Map();
  const edges = new Map();
  for (const event of events) {
    event.participants.forEach(p => {
      const node = nodes.get(p.iri) || { ...p, contacts: 0 };
      node.contacts++;
      nodes.set(p.iri, node);
    });
    const people = [...new Set(event.participants.map(p => p.iri))].sort();
    for (let i = 0; i < people.length; i++) {
      for (let j = i + 1; j < people.length; j++) {
        const key = people[i] + ' ' + people[j];
        edges.set(key, (edges.get(key) || 0) + 1);
      }
    }
  }
  const kinds = Object.keys(KIND_COLOURS);
  const chosen = new Set([state.person, ...state.countries].filter(Boolean).map(a => a.iri));
  $('network').setAttribute('aria-label', 'Actor network: ' + [...nodes.values()].map(n => n.label).join(', '));
  plot('network').setOption({
    tooltip: { formatter: p => p.dataType === 'edge' ? p.data.value + ' contact(s)' : p.data.name + ' · ' + p.data.value + ' contact(s)' },
    legend: { data: kinds.filter(k => [...nodes.values()].some(n => n.type === k)), bottom: 0 },
    series: [{
      type: 'graph', layout: 'force', roam: true, draggable: true,
      force: { repulsion: 260, edgeLength: [60, 140] },
      categories: kinds.map(k => ({ name: k, itemStyle: { color: KIND_COLOURS[k] } })),
      label: { show: true, position: 'right' },
      data: [...nodes.values()].map(n => ({ id: n.iri, name: n.label, value: n.contacts, category: kinds.indexOf(n.type),
        symbolSize: 12 + 6 * Math.sqrt(n.contacts), itemStyle: chosen.has(n.iri) ? { borderColor: '#000', borderWidth: 2 } : undefined })),
      links: [...edges.entries()].map(([key, n]) => {
        const [source, target] = key.split(' ');
        return { source, target, value: n, lineStyle: { width: Math.min(1 + n, 8), opacity: 0.6 } };
      }),
    }],
  }, true);
  plot('network').off('click');
  plot('network').on('click', p => {
    if (p.dataType === 'node') {
      const actor = actors.find(a => a.iri === p.data.id);
      if (actor) {
        choose(actor);
      }
    }
  });
}

/** The months from the first to the last, so that quiet months show as gaps. */
function monthRange(months) {
  if (!months.length) {
    return [];
  }
  const sorted = [...months].sort();
  const range = [];
  let [y, m] = sorted[0].split('-').map(Number);
  const last = sorted[sorted.length - 1];
  for (let key = sorted[0]; key <= last; ) {
    range.push(key);
    m++;
    if (m > 12) { m = 1; y++; }
    key = y + '-' + String(m).padStart(2, '0');
  }
  return range;
}

function drawChart(events) {
  const dated = events.filter(e => e.month);
  const months = monthRange([...new Set(dated.map(e => e.month))]);
  const withContacts = new Set(dated.map(e => e.month));
  const types = TYPES.filter(t => dated.some(e => e.type === t));
  const undated = events.length - dated.length;
  $('chart-note').textContent = undated ? undated + ' contact(s) without a month (undated, or dated by year only) are not in the chart.' : '';
  $('chart').setAttribute('aria-label', 'Contacts per month: ' + [...withContacts].sort().map(month => month + ' '
    + types.map(t => [t, dated.filter(e => e.month === month && e.type === t).length]).filter(([, n]) => n)
      .map(([t, n]) => n + ' ' + TYPE_NAMES[t]).join(', ')).join('; '));
  // Years of months: a slider to zoom in on a span of them.
  const zoom = months.length > 36;
  plot('chart').setOption({
    tooltip: { trigger: 'axis' },
    legend: { data: types.map(t => TYPE_NAMES[t]), bottom: 0 },
    grid: { left: 40, right: 20, top: 20, bottom: zoom ? 110 : 70 },
    dataZoom: zoom ? [{ type: 'inside' }, { type: 'slider', bottom: 28, height: 18 }] : [],
    xAxis: { type: 'category', data: months,
      axisLabel: { rotate: 45, interval: (i, month) => withContacts.has(month) || i % Math.ceil(months.length / 12) === 0 } },
    yAxis: { type: 'value', minInterval: 1 },
    series: types.map(t => ({ name: TYPE_NAMES[t], type: 'bar', stack: 'contacts',
      data: months.map(month => dated.filter(e => e.month === month && e.type === t).length) })),
  }, true);
}

function drawMap(events) {
  const places = new Map();
  for (const e of events.filter(e => e.lat !== undefined && e.lon !== undefined)) {
    const place = places.get(e.place) || { name: e.placeLabel || e.place, value: [Number(e.lon), Number(e.lat), 0] };
    place.value[2]++;
    places.set(e.place, place);
  }
  const located = [...places.values()];
  const withPlace = events.filter(e => e.place).length;
  $('map-note').textContent = located.length ? ''
    : withPlace ? withPlace + ' contact(s) have a place, but no place here has coordinates yet.'
      : 'No contact here has a known place.';
  $('map').setAttribute('aria-label', 'Places: ' + located.map(p => p.name + ' (' + p.value[2] + ')').join(', '));
  $('map').hidden = located.length === 0;
  if (!located.length) {
    return;
  }
  // A longitude/latitude projection over a world outline served with the page: no map tiles, so it works offline.
  // Without the outline, the points go on plain longitude and latitude axes.
  const points = { type: 'scatter', data: located, symbolSize: v => 9 + 4 * Math.sqrt(v[2]),
    label: { show: true, formatter: p => p.data.name, position: 'right', color: '#222', fontWeight: 'bold' },
    itemStyle: { color: '#d62728', opacity: 1, borderColor: '#fff', borderWidth: 1 } };
  plot('map').setOption(worldOutline ? {
    animation: false,
    tooltip: { formatter: p => p.data ? p.data.name + ': ' + p.data.value[2] + ' contact(s)' : '' },
    geo: { map: 'world', roam: true, silent: true, top: 10, bottom: 10, left: 10, right: 10,
      itemStyle: { areaColor: '#eef0f4', borderColor: '#aab' } },
    series: [{ ...points, coordinateSystem: 'geo' }],
  } : {
    tooltip: { formatter: p => p.data.name + ': ' + p.data.value[2] + ' contact(s)' },
    grid: { left: 40, right: 20, top: 10, bottom: 30 },
    xAxis: { type: 'value', min: -180, max: 180, interval: 30, name: 'longitude', splitLine: { lineStyle: { color: '#eee' } } },
    yAxis: { type: 'value', min: -90, max: 90, interval: 30, name: 'latitude', splitLine: { lineStyle: { color: '#eee' } } },
    series: [points],
  }, true);
}

/** The sentence with the exact words marked. */
function evidence(sentence, exact) {
  const text = sentence || exact || '';
  const at = exact ? text.indexOf(exact) : -1;
  return at < 0 ? [text] : [text.substring(0, at), element('mark', {}, exact), text.substring(at + exact.length)];
}

function listEvents(events, reports) {
  const byEvent = new Map();
  reports.forEach(r => byEvent.set(r.event, [...(byEvent.get(r.event) || []), r]));
  const sorted = [...events].sort((a, b) => (b.date || '').localeCompare(a.date || '') || a.iri.localeCompare(b.iri));
  $('events').replaceChildren(...sorted.map(event => {
    const participants = event.participants.flatMap((p, i) => (i ? [', ', link(p.iri, p.label)] : [link(p.iri, p.label)]));
    const items = (byEvent.get(event.iri) || []).map(r => element('li', {},
      element('div', { class: 'source' }, link(r.article, r.title || r.source),
        ' · ' + r.source + (r.published ? ' · published ' + r.published : '')),
      element('blockquote', {}, ...evidence(r.sentence, r.exact))));
    return element('li', { 'data-event': event.iri },
      element('div', {}, element('span', { class: 'date' }, event.date || 'undated'), ' · ',
        link(event.iri, TYPE_NAMES[event.type] || event.type), ' · ', ...participants,
        event.place ? [' · in ', link(event.place, event.placeLabel || event.place)] : []),
      element('div', { class: 'meta' }, event.reports + (event.reports === 1 ? ' report' : ' reports')),
      element('ul', {}, ...items));
  }));
}

// ---- Start

async function start() {
  const search = $('search');
  search.addEventListener('input', showSuggestions);
  search.addEventListener('keydown', e => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      moveSelection(e.key === 'ArrowDown' ? 1 : -1);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      chooseSelected();
    } else if (e.key === 'Escape') {
      $('suggestions').hidden = true;
    }
  });
  search.addEventListener('blur', () => { $('suggestions').hidden = true; });
  for (const id of ['from', 'to']) {
    $(id).addEventListener('change', () => { state[id] = $(id).value.trim(); update(); });
  }
  try {
    actors = (await query('actors', {})).map(a => ({ iri: a.actor, label: a.label, type: a.type,
      contacts: Number(a.contacts || 0), names: [a.label, ...(a.aliases ? a.aliases.split('|') : [])] }));
  } catch (e) {
    $('status').textContent = 'Cannot load the actors: ' + e.message;
    return;
  }
  try {
    const outline = await fetch('/assets/world-110m.geojson');
    if (outline.ok) {
      echarts.registerMap('world', await outline.json());
      worldOutline = true;
    }
  } catch (e) {
    // The map falls back to plain axes.
  }
  search.disabled = false;
  document.body.dataset.ready = 'true';
  readHash();
  update();
}

document.addEventListener('DOMContentLoaded', start);
