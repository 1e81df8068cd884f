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
);
