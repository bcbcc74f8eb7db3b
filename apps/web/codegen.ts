import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Types and typed documents for every `*.graphql` operation beside the features, generated from
 * the committed schema (never from a running server). `src/generated/codegen-staleness.test.ts`
 * fails when the output on disk differs from what this config would produce.
 */
const config: CodegenConfig = {
  schema: '../api/schema.graphql',
  documents: ['src/**/*.graphql'],
  ignoreNoDocuments: false,
  generates: {
    './src/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        avoidOptionals: { field: true, inputValue: false },
        defaultScalarType: 'unknown',
        scalars: { DateTime: 'string' },
        skipTypeNameForRoot: true,
        nonOptionalTypename: true,
      },
    },
  },
};

export default config;
