import type { Core } from '@strapi/strapi';
import { DEFAULT_LOCALE } from '../provision';
import { accessibilityStatement } from './editorial';

const ACCESSIBILITY = 'api::accessibility-statement.accessibility-statement';
type Statement = { documentId: string; complianceStatus: string | null; updatedAt: string };

/**
 * Seed version 5: the statement seeded before it had DIGG's parts gets them (and the new body,
 * which no longer repeats them as text). Only a statement nobody has edited since it was published
 * is touched, so an editor's own text and half-finished changes stay theirs.
 */
export async function completeAccessibilityStatement(strapi: Core.Strapi) {
  const statements = strapi.documents(ACCESSIBILITY as never);
  const locale = DEFAULT_LOCALE;
  const draft = (await statements.findFirst({ locale, status: 'draft' } as never)) as Statement | null;
  if (!draft || draft.complianceStatus) return;
  const published = (await statements.findFirst({ locale, status: 'published' } as never)) as { publishedAt: string } | null;
  if (!published || Date.parse(draft.updatedAt) > Date.parse(published.publishedAt)) return;
  await statements.update({ documentId: draft.documentId, locale, data: accessibilityStatement } as never);
  await statements.publish({ documentId: draft.documentId, locale } as never);
}
