import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['**/node_modules/', '**/dist/', '**/.astro/', '**/.data/', '.tools/', 'cms/types/', 'cms/.strapi/', 'shared/src/generated/'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  {
    // Decision 0023: a published figure is made by the disclosure policy only. The figure classes
    // carry a private brand, so literals do not type-check; this closes `new` and casts.
    files: ['api/src/**/*.ts'],
    ignores: ['api/src/disclosure/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'NewExpression[callee.name=/^(SuppressibleCount|SuppressibleMeasure|BreakdownCell)$/]',
          message: 'Published figures are made by the disclosure policy (api/src/disclosure/policy.ts), never constructed elsewhere.',
        },
        {
          selector: ':matches(TSAsExpression, TSTypeAssertion)[typeAnnotation.typeName.name=/^(SuppressibleCount|SuppressibleMeasure|BreakdownCell)$/]',
          message: 'Do not cast to a published figure: ask the disclosure policy (api/src/disclosure/policy.ts) for one.',
        },
      ],
    },
  },
  {
    // Decision 0037: in api/src dependencies run one way, from the domain folders down to the
    // infrastructure (graphql/, http/, db/, errors/, metrics/). Infrastructure may name a domain's
    // types, never its code; only the composition roots wire domains in.
    files: ['api/src/{graphql,http,db,errors,metrics}/**/*.ts'],
    ignores: ['api/src/http/server.ts', 'api/src/graphql/schema.ts', 'api/src/db/entities.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['content', 'indicators', 'project-data', 'audit', 'auth', 'disclosure', 'reporting', 'guard', 'admin-channel'].map(
                (domain) => `../${domain}/*`,
              ),
              allowTypeImports: true,
              message:
                'Infrastructure does not depend on a domain (decision 0037): move this code into the domain folder, or pass it in from the composition root.',
            },
          ],
        },
      ],
    },
  },
);
