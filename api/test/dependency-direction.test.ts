/**
 * In api/src dependencies run one way (decision 0037): lint refuses infrastructure code (graphql/,
 * http/, db/, errors/, metrics/) that imports a domain folder's code, allows it a domain's types,
 * and leaves domains free to use infrastructure. The whole tree passes, which `npm run lint` checks.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const RULE = '@typescript-eslint/no-restricted-imports';
const upward = `import { ContentGateway } from '../content/content-gateway.js';
import { importCsv } from '../project-data/import.js';
import type { IndicatorService } from '../indicators/indicator-service.js';
export const used = [ContentGateway, importCsv] as unknown as IndicatorService[];
`;

async function ruleLines(filePath: string): Promise<number[]> {
  const [result] = await new ESLint({ cwd: root }).lintText(upward, { filePath: path.join(root, filePath) });
  return result!.messages.filter((message) => message.ruleId === RULE).map((message) => message.line);
}

describe('the import direction in api/src', () => {
  it.each(['api/src/graphql/upward.ts', 'api/src/http/upward.ts', 'api/src/db/upward.ts', 'api/src/errors/upward.ts', 'api/src/metrics/upward.ts'])(
    'refuses %s importing a domain’s code, but not its types',
    async (file) => {
      expect(await ruleLines(file)).toEqual([1, 2]);
    },
    60_000,
  );

  it('lets a domain use another domain and the infrastructure, and the composition root wire them', async () => {
    expect(await ruleLines('api/src/reporting/upward.ts')).toEqual([]);
    expect(await ruleLines('api/src/http/server.ts')).toEqual([]);
  }, 60_000);
});
