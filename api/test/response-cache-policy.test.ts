/**
 * Each root query field declares how long a whole reply that reads it may be reused
 * (graphql/cache-policy.ts). A reply built for one caller (a preview with its signed link, the
 * audit log, frozen quarters for staff) must never be served to another, so those declare nothing;
 * and a field added without a thought is not cached either. Hits over HTTP are in
 * indicators.test.ts and content.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { responseCachePolicyOf } from '../src/graphql/cache-policy.js';
import { buildApiSchema } from '../src/graphql/schema.js';

const NEVER_CACHED = ['auditLog', 'coursePreview', 'newsItemPreview', 'frozenQuarters'];

describe('the response cache policy on the schema', () => {
  it('is declared on every public root field and on none that answers one caller alone', async () => {
    const schema = await buildApiSchema();
    const policies = Object.fromEntries(Object.keys(schema.getQueryType()!.getFields()).map((field) => [field, responseCachePolicyOf(schema, field)]));
    expect(policies).toEqual({
      accessibilityStatement: 'content',
      auditLog: null,
      contacts: 'content',
      course: 'content',
      coursePreview: null,
      courses: 'content',
      frozenQuarters: null,
      indicatorCatalogue: 'versioned',
      indicators: 'versioned',
      news: 'content',
      newsItem: 'content',
      newsItemPreview: null,
      organisations: 'content',
      page: 'content',
      project: 'versioned',
    });
    for (const field of NEVER_CACHED) expect(policies[field], field).toBeNull();
    expect(responseCachePolicyOf(schema, 'noSuchField')).toBeNull();
  });
});
