import { readFile } from 'node:fs/promises';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import config from '../codegen.js';

describe('generated operation types', () => {
  it('match what codegen produces from the committed schema and operations (run `pnpm --filter @spik/shared codegen`)', async () => {
    const outputs = (await generate({ ...config, cwd: new URL('..', import.meta.url).pathname }, false)) as {
      filename: string;
      content: string;
    }[];
    const [output] = outputs;
    expect(output?.filename).toBe('src/generated/operations.ts');
    const committed = await readFile(new URL('../src/generated/operations.ts', import.meta.url), 'utf8');
    expect(committed).toBe(output?.content);
  });
});
