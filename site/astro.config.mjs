import node from '@astrojs/node';
import { defineConfig } from 'astro/config';

// Every page is rendered on request from the API, so a change published in the CMS shows
// without a rebuild (docs/decisions/0003-site-renders-from-api.md).
export default defineConfig({
  output: 'server',
  adapter: node({ mode: 'standalone' }),
  server: { host: '127.0.0.1', port: 4321 },
  devToolbar: { enabled: false },
  build: { inlineStylesheets: 'always' },
});
