/* global document, location, Worker, __SPIK_GRAPHIQL_WORKERS__ */
/**
 * Browser entry for the API's GraphiQL page, bundled by ./build.mjs. Everything it needs is in the
 * bundle: React, GraphiQL, Monaco and its workers are served from the API's own origin.
 */
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import 'graphiql/style.css';
import './page.css';

/** Worker file names (with content hashes), filled in by the build. */
const workers = __SPIK_GRAPHIQL_WORKERS__;

globalThis.MonacoEnvironment = {
  getWorker(_workerId, label) {
    const file = label === 'json' ? workers.json : label === 'graphql' ? workers.graphql : workers.editor;
    return new Worker(new URL(file, import.meta.url), { name: `graphiql-${label}` });
  },
};

const PLACEHOLDER_KEY = 'spik_…';

const DEFAULT_QUERY = `# Välkommen till SPIK:s GraphQL-API!
# Kör frågan med ▶ eller Ctrl+Enter.
# Hela schemat finns under bok-ikonen till vänster.

{
  project {
    name
  }
}
`;

const DEFAULT_HEADERS = `{
  "Authorization": "Bearer ${PLACEHOLDER_KEY}"
}`;

/**
 * Until a real key is pasted, the example header is left out of requests: the API would answer a
 * malformed key with 401, so the schema (completion, docs) would not even load for a first look.
 */
function withoutPlaceholder(fetcher) {
  return (params, options) => {
    const headers = Object.fromEntries(
      Object.entries(options?.headers ?? {}).filter(([, value]) => !(typeof value === 'string' && value.includes(PLACEHOLDER_KEY))),
    );
    return fetcher(params, { ...options, headers });
  };
}

const root = document.getElementById('graphiql');
const endpoint = new URL(root.dataset.endpoint || '/graphql', location.href).href;
// GET /graphql from a browser lands here with its query string, so a shared link opens prefilled.
const params = new URLSearchParams(location.search);

root.textContent = '';
createRoot(root).render(
  createElement(GraphiQL, {
    fetcher: withoutPlaceholder(createGraphiQLFetcher({ url: endpoint })),
    defaultQuery: DEFAULT_QUERY,
    defaultHeaders: DEFAULT_HEADERS,
    defaultEditorToolsVisibility: 'headers',
    initialQuery: params.get('query') ?? undefined,
    initialVariables: params.get('variables') ?? undefined,
  }),
);
