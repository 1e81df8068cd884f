import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_TAGS, SHOWN_IN, SHOWS_IMAGES } from '@spik/shared';

// The API purges its cached answers by the `model` Strapi's webhook names, which is the content
// type's singular name. If a type is renamed here and not in @spik/shared, publishing it would
// silently stop refreshing the site: this test is where that shows.
const apiDir = path.join(__dirname, '..', 'src', 'api');
const singularNames = readdirSync(apiDir).flatMap((folder) => {
  const typesDir = path.join(apiDir, folder, 'content-types');
  let types: string[];
  try {
    types = readdirSync(typesDir);
  } catch {
    return []; // a folder with routes or services only
  }
  return types.map(
    (type) => (JSON.parse(readFileSync(path.join(typesDir, type, 'schema.json'), 'utf8')) as { info: { singularName: string } }).info.singularName,
  );
});

describe('content tags shared with the API', () => {
  it('finds the CMS content types it checks against', () => {
    expect(singularNames).toContain('news-item');
    expect(singularNames.length).toBeGreaterThanOrEqual(CONTENT_TAGS.length);
  });

  it.each(CONTENT_TAGS)('names %s, a content type the CMS defines', (tag) => {
    expect(singularNames).toContain(tag);
  });

  it('purges only tags it knows, for embedded names and images', () => {
    const used = [...Object.keys(SHOWN_IN), ...Object.values(SHOWN_IN).flat(), ...SHOWS_IMAGES];
    for (const tag of used) expect(CONTENT_TAGS).toContain(tag);
  });
});
