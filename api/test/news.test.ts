import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningApi, drivers, startTestApi, startTestCms } from './harness.js';

const SLUG = 'eu-miljoner-till-industrins-grona-omstallning';
let cms: Awaited<ReturnType<typeof startTestCms>>;

beforeAll(async () => {
  cms = await startTestCms();
});
afterAll(async () => {
  await cms?.stop();
});

describe.each(drivers)('news from a real Strapi, API on $name', (driver) => {
  let api: RunningApi;
  let dispose: () => Promise<void>;

  beforeAll(async () => {
    const opened = await driver.open();
    dispose = opened.dispose;
    api = await startTestApi(opened.db, cms);
  });
  afterAll(async () => {
    await api?.app.close();
    await dispose?.();
  });

  it('lists the seeded news newest first, page by page with cursors', async () => {
    type Page = {
      news: {
        totalCount: number;
        edges: { cursor: string; node: { title: string; slug: string; publishedDate: string; organisation: { name: string } | null } }[];
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
      };
    };
    const seen: Page['news']['edges'][number]['node'][] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const result: { data?: Page; errors?: unknown[] } = await api.graphql<Page>(
        'query($after: String) { news(first: 2, after: $after) { totalCount edges { cursor node { title slug publishedDate organisation { name } } } pageInfo { hasNextPage endCursor } } }',
        { after },
      );
      expect(result.errors).toBeUndefined();
      const news = result.data!.news;
      expect(news.totalCount).toBe(5);
      seen.push(...news.edges.map((edge) => edge.node));
      pages++;
      if (!news.pageInfo.hasNextPage) break;
      after = news.pageInfo.endCursor;
    }
    expect(pages).toBe(3);
    expect(seen).toHaveLength(5);
    const dates = seen.map((item) => item.publishedDate);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(seen.find((item) => item.slug === SLUG)).toMatchObject({
      title: 'Miljoner i EU-medel för att stödja industrins gröna omställning i Skåne och Blekinge',
      publishedDate: '2023-12-05',
      organisation: { name: 'Techtank' },
    });
  });

  it('sorts oldest first when asked', async () => {
    const result = await api.graphql<{ news: { edges: { node: { publishedDate: string } }[] } }>(
      '{ news(first: 10, sort: OLDEST_FIRST) { edges { node { publishedDate } } } }',
    );
    const dates = result.data!.news.edges.map((edge) => edge.node.publishedDate);
    expect(dates).toEqual([...dates].sort());
    expect(dates[0]).toBe('2023-10-11');
  });

  it('joins an article with its related news in one batched call', async () => {
    const result = await api.graphql<{ newsItem: { related: { slug: string; summaryOf: string | null; readingMinutes: number }[] } }>(
      `{ newsItem(slug: "${SLUG}") { related { slug summaryOf readingMinutes } } }`,
    );
    expect(result.errors).toBeUndefined();
    const related = result.data!.newsItem.related;
    expect(related).toHaveLength(4);
    expect(related.every((item) => item.summaryOf && item.readingMinutes >= 1)).toBe(true);
  });

  it('serves one article with both photo credits and images through the API', async () => {
    const result = await api.graphql<{
      newsItem: { lead: string; body: { type: string }[]; cover: { url: string; alt: string; credit: string; width: number }; images: { credit: string }[] };
    }>(`{ newsItem(slug: "${SLUG}") { lead body cover { url alt credit width height } images { credit } } }`);
    expect(result.errors).toBeUndefined();
    const item = result.data!.newsItem;
    expect(item.lead).toContain('22,3 miljoner kronor');
    expect(item.body.some((block) => block.type === 'heading')).toBe(true);
    expect(item.cover.credit).toBe('Foto: Maja Brand, Bredda bilden, Teknikföretagen');
    expect(item.cover.alt.length).toBeGreaterThan(10);
    expect(item.cover.width).toBe(1200);
    expect(item.images.map((image) => image.credit)).toEqual(['Foto: Johanna Åkerberg Kassel, Bredda bilden, Teknikföretagen']);

    expect(item.cover.url.startsWith(`${api.url}/media/`)).toBe(true);
    const image = await fetch(item.cover.url);
    expect(image.status).toBe(200);
    expect(image.headers.get('content-type')).toBe('image/png');
    expect(image.headers.get('cache-control')).toContain('immutable');
  });

  it('answers null for a slug that does not exist', async () => {
    const result = await api.graphql('{ newsItem(slug: "finns-inte") { title } }');
    expect(result).toEqual({ data: { newsItem: null } });
  });

  it('refuses page sizes outside 1–100 and cursors it did not issue, saying which argument', async () => {
    const tooMany = await api.graphql('{ news(first: 101) { totalCount } }');
    expect(tooMany.errors?.[0]?.message).toBe('"first" must be between 1 and 100, got 101.');
    expect(tooMany.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const badCursor = await api.graphql('{ news(first: 1, after: "bm9wZQ") { totalCount } }');
    expect(badCursor.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'after' });
  });

  it('pages by number with offset, the same items as the cursors give, and refuses offsets out of bounds', async () => {
    type Titles = { news: { totalCount: number; edges: { node: { slug: string } }[] } };
    const all = await api.graphql<Titles>('{ news(first: 5) { edges { node { slug } } } }');
    const third = await api.graphql<Titles>('{ news(first: 2, offset: 4) { totalCount edges { node { slug } } } }');
    expect(third.errors).toBeUndefined();
    expect(third.data!.news.totalCount).toBe(5);
    expect(third.data!.news.edges.map((edge) => edge.node.slug)).toEqual(all.data!.news.edges.slice(4).map((edge) => edge.node.slug));
    const past = await api.graphql<Titles>('{ news(first: 2, offset: 10) { totalCount edges { node { slug } } } }');
    expect(past.data!.news).toEqual({ totalCount: 5, edges: [] });
    const negative = await api.graphql('{ news(first: 2, offset: -1) { totalCount } }');
    expect(negative.errors?.[0]).toMatchObject({
      message: '"offset" must be between 0 and 100000, got -1.',
      extensions: { code: 'BAD_USER_INPUT', argument: 'offset' },
    });
    const both = await api.graphql(`{ news(first: 2, offset: 2, after: "${Buffer.from('o:1').toString('base64url')}") { totalCount } }`);
    expect(both.errors?.[0]).toMatchObject({ message: 'Give either "after" or "offset", not both.', extensions: { argument: 'offset' } });
  });
});

describe('news when the CMS cannot be reached', () => {
  it('fails with a clear code and without revealing where the CMS lives', async () => {
    const opened = await drivers[0]!.open();
    const api = await startTestApi(opened.db, { url: 'http://127.0.0.1:9', token: 'x' });
    try {
      const result = await api.graphql('{ project { shortName } news(first: 1) { totalCount } }');
      expect(result.data).toBeNull();
      expect(result.errors?.[0]?.extensions?.code).toBe('CONTENT_UNAVAILABLE');
      expect(JSON.stringify(result)).not.toContain('127.0.0.1:9');
    } finally {
      await api.app.close();
      await opened.dispose();
    }
  });
});
