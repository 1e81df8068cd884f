import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { printApiSchema } from '../src/graphql/schema.js';

describe('the committed schema', () => {
  it('is the schema the code builds (run `pnpm --filter @spik/api schema:print` after changing it)', async () => {
    const committed = await readFile(new URL('../../shared/schema.graphql', import.meta.url), 'utf8');
    expect(committed).toBe(await printApiSchema());
  });
});
