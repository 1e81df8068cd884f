import { createHmac } from 'node:crypto';
import { COURSE_UID } from '@spik/shared';

/**
 * Preview links from the Content Manager to the site's /forhandsvisning route. The link is
 * signed (HMAC-SHA256 over "type:documentId:locale:expires" with PREVIEW_SECRET) and expires
 * after an hour; the site verifies both before it renders a draft.
 */
export const PREVIEW_TYPES: Record<string, 'news' | 'course'> = {
  'api::news-item.news-item': 'news',
  [COURSE_UID]: 'course',
};
export const PREVIEW_LIFETIME_SECONDS = 60 * 60;

export type PreviewEnv = { SITE_PREVIEW_URL?: string; PREVIEW_SECRET?: string };

export function previewSignature(secret: string, type: string, documentId: string, locale: string, expires: number) {
  return createHmac('sha256', secret).update(`${type}:${documentId}:${locale}:${expires}`).digest('hex');
}

export function previewUrl(env: PreviewEnv, uid: string, params: { documentId?: string; locale?: string | null }, now: number = Date.now()): string | null {
  const type = PREVIEW_TYPES[uid];
  if (!type || !env.SITE_PREVIEW_URL || !env.PREVIEW_SECRET || !params.documentId) return null;
  const locale = params.locale || 'sv';
  const expires = Math.floor(now / 1000) + PREVIEW_LIFETIME_SECONDS;
  const url = new URL('/forhandsvisning', env.SITE_PREVIEW_URL);
  url.searchParams.set('type', type);
  url.searchParams.set('documentId', params.documentId);
  url.searchParams.set('locale', locale);
  url.searchParams.set('expires', String(expires));
  url.searchParams.set('signature', previewSignature(env.PREVIEW_SECRET, type, params.documentId, locale, expires));
  return url.toString();
}

/** The `preview` block of config/admin.ts: disabled unless both variables are set. */
export function previewConfig(env: PreviewEnv) {
  const enabled = Boolean(env.SITE_PREVIEW_URL && env.PREVIEW_SECRET);
  return {
    enabled,
    config: {
      allowedOrigins: enabled ? [new URL(env.SITE_PREVIEW_URL as string).origin] : [],
      handler: (uid: string, params: { documentId?: string; locale?: string | null }) => previewUrl(env, uid, params),
    },
  };
}
