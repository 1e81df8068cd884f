/**
 * Nothing but the disclosure policy can make a published figure (decision 0023): the type brand
 * rejects literals (checked by `pnpm typecheck`, which fails if the @ts-expect-error below is no
 * longer an error), and lint rejects `new` and casts outside api/src/disclosure/.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import type { SuppressibleCount } from '../src/disclosure/figure.types.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const forged = `import { BreakdownCell, SuppressibleCount } from '../disclosure/figure.types.js';
export const a = new SuppressibleCount();
export const b = { value: 3, suppressed: false, exact: true } as SuppressibleCount;
export const c = <BreakdownCell>{};
`;

describe('published figures', () => {
  it('cannot be written as a literal', () => {
    // @ts-expect-error a literal lacks the policy's brand
    const literal: SuppressibleCount = { value: 3, suppressed: false, exact: true };
    expect(literal.value).toBe(3);
  });

  it('cannot be constructed or cast outside the disclosure module', async () => {
    const eslint = new ESLint({ cwd: root });
    const [outside] = await eslint.lintText(forged, { filePath: path.join(root, 'api/src/indicators/forged.ts') });
    const messages = outside!.messages.filter((message) => message.ruleId === 'no-restricted-syntax');
    expect(messages.map((message) => message.line)).toEqual([2, 3, 4]);
    expect(messages[0]!.message).toContain('disclosure policy');
    const [inside] = await eslint.lintText(forged, { filePath: path.join(root, 'api/src/disclosure/forged.ts') });
    expect(inside!.messages.filter((message) => message.ruleId === 'no-restricted-syntax')).toEqual([]);
  }, 60_000);
});
