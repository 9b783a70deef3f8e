// The SPARQL editor: YASGUI on this server's endpoint, with Parley's prefixes and the named queries as examples.
'use strict';

const ENDPOINT = location.origin + '/parley/sparql';

/** The prefixes Parley's exports use, from the server's JSON-LD context, as SPARQL PREFIX lines. */
async function prefixLines() {
  const context = (await (await fetch('/context.jsonld')).json())['@context'];
  return Object.entries(context).filter(([, iri]) => typeof iri === 'string')
    .map(([prefix, iri]) => 'PREFIX ' + prefix + ': <' + iri + '>').join('\n');
}

/**
 * A named query with its header's example values bound: a parameter's variable is replaced by the term the example
 * stands for (a country's IRI for its code), so that the query runs as it stands.
 */
async function withExamples(query) {
  let text = query.text;
  if (!query.parameters.length) {
    return text;
  }
  const bound = await (await fetch('/api/bind/' + query.name)).json();
  for (const [name, term] of Object.entries(bound.bindings || {})) {
    text = text.replace(new RegExp('[?$]' + name + '\\b', 'g'), term);
  }
  return text;
}

async function start() {
  const prefixes = await prefixLines();
  const yasgui = new Yasgui(document.getElementById('yasgui'), {
    requestConfig: { endpoint: ENDPOINT, method: 'POST' },
    copyEndpointOnNewTab: true,
    endpointCatalogueOptions: { getData: () => [{ endpoint: ENDPOINT }] },
    persistenceId: 'parley-sparql-editor',
    yasqe: { value: prefixes + '\n\nSELECT ?type (COUNT(?event) AS ?events)\nWHERE {\n  GRAPH pid:graph/events { ?event a ?type }\n}\nGROUP BY ?type\n' },
  });
  const queries = await (await fetch('/api/queries')).json();
  document.getElementById('examples').replaceChildren(...queries.map(query => {
    const open = document.createElement('button');
    open.type = 'button';
    open.textContent = query.name;
    open.addEventListener('click', async () => {
      const tab = yasgui.addTab(true, { name: query.name });
      tab.setQuery(await withExamples(query));
    });
    const item = document.createElement('li');
    item.append(open, document.createElement('br'), query.summary);
    return item;
  }));
  document.body.dataset.ready = 'true';
}

document.addEventListener('DOMContentLoaded', start);
