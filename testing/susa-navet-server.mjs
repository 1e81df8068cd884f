// A local Susa-navet for tests, answering as Skolverket's OpenAPI description (EMIL 3, 3.0.2)
// says: lists paged from page 0 with `size` 1–2000 and PageMetadata, `updatedSince` (new, changed
// or removed since a local date-time), one resource by id, and ApiErrorResponse bodies for errors.
// The catalogue is the test's, plus `filler` events outside Skåne and Blekinge, as the national
// catalogue has thousands, so that paging is real. `fault` makes it fail the ways a service does.
import { createServer } from 'node:http';

const LISTS = { educationEvents: 'events', educationInfos: 'infos', educationProviders: 'providers' };

/**
 * @param {{ events: any[], infos: any[], providers: any[] }} catalogue
 * @param {{ filler?: number }} [options]
 */
export async function startSusaNavet(catalogue, { filler = 0 } = {}) {
  const state = {
    events: catalogue.events.map((content) => ({ content, status: 'active' })),
    infos: catalogue.infos.map((content) => ({ content, status: 'active' })),
    providers: catalogue.providers.map((content) => ({ content, status: 'active' })),
  };
  for (let n = 0; n < filler; n++) {
    const template = catalogue.events[0];
    state.events.push({
      status: 'active',
      content: { ...template, identifier: `e.filler.${n}`, locations: [{ country: 'SE', areaCode: '0180', town: 'Stockholm' }] },
    });
  }
  /** @type {null | '500' | '503' | 'garbage' | 'slow' | 'empty'} */
  let fault = null;
  /** Every request's path and query, for assertions on how the sync asks. */
  const requests = [];

  const error = (response, status, type, message) => {
    response.writeHead(status, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ timestamp: new Date().toISOString(), status, type, message }));
  };

  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://susa.test');
    requests.push(url.pathname + url.search);
    if (fault === 'slow') return; // never answers: the client's timeout must end it
    if (fault === '500') return error(response, 500, 'Internal Server Error', 'An unexpected error occurred on our side.');
    if (fault === '503') return error(response, 503, 'Service Unavailable', 'The system is currently updating education resources. Please try again later.');
    if (fault === 'garbage') {
      response.writeHead(200, { 'content-type': 'application/json' });
      return response.end('<html>Underhåll pågår</html>');
    }
    const [, name, id] = url.pathname.split('/');
    const key = LISTS[name];
    if (!key) return error(response, 404, 'Not Found', `No such resource: ${url.pathname}`);
    const items = state[key];
    if (id) {
      const item = items.find((entry) => entry.content.identifier === decodeURIComponent(id));
      if (!item) return error(response, 404, 'Not Found', `${name} with id '${id}' not found`);
      response.writeHead(200, { 'content-type': 'application/json' });
      return response.end(JSON.stringify({ id: item.content.identifier, status: item.status, content: item.content }));
    }
    const page = Number(url.searchParams.get('page') ?? 0);
    const size = Number(url.searchParams.get('size') ?? 100);
    if (!Number.isInteger(size) || size < 1 || size > 2000)
      return error(response, 400, 'Bad Request', `Constraint violation. 'size' must be between 1 and 2000`);
    if (!Number.isInteger(page) || page < 0) return error(response, 400, 'Bad Request', `Constraint violation. 'page' must be greater than or equal to 0`);
    const given = url.searchParams.get('updatedSince');
    // "If only a date is given, midnight is used" (the description of updatedSince).
    const since = given && given.length === 10 ? `${given}T00:00:00` : given;
    const schoolTypes = url.searchParams.getAll('schoolType');
    // Removed resources are listed only to a client asking what changed since a time.
    const selected = (fault === 'empty' ? [] : items)
      .filter((entry) => (since ? entry.content.lastEdited >= since : entry.status !== 'deleted'))
      .filter(() => schoolTypes.length === 0 || schoolTypes.includes('YH'));
    const slice = selected.slice(page * size, (page + 1) * size);
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(
      JSON.stringify({
        links: [],
        [name]: slice.map((entry) => ({ id: entry.content.identifier, status: entry.status, content: entry.content })),
        page: { size, totalElements: selected.length, totalPages: Math.ceil(selected.length / size), pageNumber: page },
      }),
    );
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    /** @param {typeof fault} next */
    setFault(next) {
      fault = next;
    },
    /** Changes an event as Skolverket would: the change carries a new lastEdited. */
    editEvent(identifier, change, lastEdited) {
      const item = state.events.find((entry) => entry.content.identifier === identifier);
      if (!item) throw new Error(`no event ${identifier}`);
      item.content = { ...item.content, ...change, lastEdited };
    },
    removeEvent(identifier, lastEdited) {
      const item = state.events.find((entry) => entry.content.identifier === identifier);
      if (!item) throw new Error(`no event ${identifier}`);
      item.status = 'deleted';
      item.content = { ...item.content, lastEdited };
    },
    /** Answers exactly what a client would get, for validating against the JSON Schema. */
    async answer(path) {
      return (await fetch(`http://127.0.0.1:${port}${path}`)).json();
    },
    close: () => {
      const closed = new Promise((resolve) => server.close(resolve));
      server.closeAllConnections();
      return closed;
    },
  };
}
