import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Types for the site's operations (operations/*.graphql, with one fragment per component in
 * operations/fragments/) against the committed schema.
 * The operations live here, not in site/, because the API also needs them: they are the
 * site's trusted documents.
 */
const config: CodegenConfig = {
  schema: 'schema.graphql',
  documents: ['operations/*.graphql', 'operations/fragments/*.graphql'],
  generates: {
    'src/generated/operations.ts': {
      plugins: ['typescript-operations', 'typed-document-node'],
      config: {
        documentMode: 'string',
        enumsAsTypes: true,
        useTypeImports: true,
        // Results always carry every field; inputs may leave optional fields out.
        avoidOptionals: { field: true, object: true, inputValue: false, defaultValue: false },
        scalars: { LocalDate: 'string', DateTime: 'string', JSON: 'unknown' },
      },
    },
  },
};
export default config;
