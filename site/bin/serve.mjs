/**
 * Serves the built site. Astro's standalone server answers an address it cannot decode (a stray
 * "%") with a bare English "Bad request." before any of our code runs, so this wrapper hands such
 * requests to the site's own Swedish page instead; everything else goes to Astro unchanged.
 */
import http from 'node:http';

process.env.ASTRO_NODE_AUTOSTART = 'disabled';
const { handler } = await import('../dist/server/entry.mjs');

/** The page that explains a malformed address (src/pages/felaktig-adress.astro), answered with 400. */
export const MALFORMED_ADDRESS_PAGE = '/felaktig-adress';

const server = http.createServer((req, res) => {
  try {
    decodeURI(req.url ?? '/');
  } catch {
    req.url = MALFORMED_ADDRESS_PAGE;
  }
  handler(req, res);
});

server.listen(Number(process.env.PORT ?? 4321), process.env.HOST ?? '127.0.0.1');

/** How long requests in flight may take to finish after SIGTERM before their connections are cut. */
const DRAIN_MS = 10_000;

/**
 * Drain, then close: no new connections, idle keep-alive connections closed at once, and every
 * request in flight answered whole (Node closes each busy connection after its answer). A request
 * still running after DRAIN_MS is cut, so a hung render cannot hold a deploy.
 */
const stop = () => {
  server.close(() => process.exit(0));
  server.closeIdleConnections();
  setTimeout(() => {
    server.closeAllConnections();
    process.exit(0);
  }, DRAIN_MS).unref();
};
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
