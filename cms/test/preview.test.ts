import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { previewConfig, previewUrl } from '../src/preview';

const env = { SITE_PREVIEW_URL: 'https://spik.example/', PREVIEW_SECRET: 'hemlis' };
const now = Date.UTC(2026, 10, 26, 12, 0, 0);

describe('preview links', () => {
  it('signs type:documentId:locale:expires with HMAC-SHA256 and expires after an hour', () => {
    const url = new URL(previewUrl(env, 'api::course.course', { documentId: 'abc123', locale: 'en' }, now) as string);
    const expires = now / 1000 + 3600;
    expect(url.origin + url.pathname).toBe('https://spik.example/forhandsvisning');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      type: 'course',
      documentId: 'abc123',
      locale: 'en',
      expires: String(expires),
      signature: createHmac('sha256', 'hemlis').update(`course:abc123:en:${expires}`).digest('hex'),
    });
  });

  it('has no link for other types or without configuration', () => {
    expect(previewUrl(env, 'api::about-page.about-page', { documentId: 'x' }, now)).toBeNull();
    expect(previewUrl({ SITE_PREVIEW_URL: env.SITE_PREVIEW_URL }, 'api::news-item.news-item', { documentId: 'x' }, now)).toBeNull();
    expect(previewConfig({}).enabled).toBe(false);
    expect(previewConfig(env)).toMatchObject({ enabled: true, config: { allowedOrigins: ['https://spik.example'] } });
  });
});
