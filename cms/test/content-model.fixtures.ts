/** What content-model.test.ts seeds, sends and expects: the seed's facts, request bodies and a webhook receiver. */
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

// Strapi's JSON answers, checked field by field by the assertions.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = Record<string, any>;

export const PRESS_RELEASE = 'eu-miljoner-till-industrins-grona-omstallning';
export const RELATED = [
  { slug: 'korta-yh-kurser-for-blekinges-industri', date: '2024-06-17', category: 'kurstips', minutes: 1 },
  { slug: 'kartlaggning-av-industrins-kompetens-och-rekryteringsbehov', date: '2023-10-11', category: 'pressmeddelande', minutes: 8 },
  { slug: 'lansering-av-supr-nod-syd', date: '2024-01-15', category: 'nyhet', minutes: 1 },
  { slug: 'leankonferens-blekinge-med-leanprisvinnaren', date: '2024-01-18', category: 'evenemang', minutes: 1 },
];
export const ORGANISATIONS = {
  'IUC Syd': 'projektagare',
  Techtank: 'partner',
  'IF Metall': 'partner',
  Teknikföretagen: 'partner',
  'Region Skåne': 'medfinansiar',
  'Region Blekinge': 'medfinansiar',
  'Europeiska socialfonden': 'huvudfinansiar',
};
// Used when cms/.env does not define them; values in cms/.env win (startCms passes them last).
export const TEST_WEBHOOK_SECRET = 'test-webhook-secret';
export const TEST_PREVIEW_SECRET = 'test-preview-secret';
export const SITE_PREVIEW_URL = 'http://site.test:4321';
export const NEWS_CM = '/content-manager/collection-types/api::news-item.news-item';
export const COURSE_CM = '/content-manager/collection-types/api::course.course';

export const paragraph = (text: string) => [{ type: 'paragraph', children: [{ type: 'text', text }] }];

/** Collects what Strapi's webhook runner delivers. */
export async function webhookReceiver() {
  const received: { headers: IncomingHttpHeaders; body: Json }[] = [];
  const server: Server = createServer((request, response) => {
    let raw = '';
    request.on('data', (chunk) => (raw += chunk));
    request.on('end', () => {
      received.push({ headers: request.headers, body: JSON.parse(raw || '{}') as Json });
      response.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/purge`, received, close: () => new Promise((resolve) => server.close(resolve)) };
}

export const newsDraft = (slug: string, fileId: number, extra: Json = {}) => ({
  title: `Testnyhet ${slug}`,
  slug,
  lead: 'En kort ingress.',
  body: paragraph('Brödtext.'),
  publishedDate: '2026-11-26',
  category: 'nyhet',
  cover: { file: fileId, alt: 'Testbild', credit: 'Foto: Test' },
  ...extra,
});

export const course = (slug: string, extra: Json = {}) => ({
  title: `Testkurs ${slug} (exempel)`,
  slug,
  provider: 'Testskolan (exempel)',
  yhPoints: 20,
  pace: 'deltid25',
  mode: 'distans',
  municipalityCode: '1080',
  region: 'blekinge',
  startDate: '2027-02-01',
  applicationDeadline: '2027-01-10',
  themes: [{ theme: 'energy_efficiency' }],
  applyUrl: 'https://example.org/testkurs',
  isExample: true,
  ...extra,
});
