/**
 * Dependency rules (STYLE.md "Size and shape"): `common/` never imports a feature, `ui/` never
 * imports the app or a feature, and API modules do not depend on each other in a circle.
 * `pnpm lint:deps` runs them; it is part of `pnpm check`, so CI fails on an error.
 */

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'api-common-imports-no-feature',
      severity: 'error',
      comment:
        'apps/api/src/common knows no feature, not even its types: features register into it (LoaderRegistry, CohortSubjects, ViewerSource, UserDirectory).',
      from: { path: '^apps/api/src/common/' },
      to: { path: '^apps/api/src/modules/' },
    },
    {
      name: 'web-ui-imports-no-app-or-feature',
      severity: 'error',
      comment: 'apps/web/src/ui is the component kit: it knows neither the app shell nor any feature.',
      from: { path: '^apps/web/src/ui/' },
      to: { path: '^apps/web/src/(app|features)/' },
    },
    {
      name: 'api-no-circular-files',
      severity: 'error',
      comment: 'A file cycle inside the API: Nest and TypeORM then see undefined at import time.',
      from: { path: '^apps/api/src/' },
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
  ],
  options: {
    includeOnly: '^(apps|packages)/[^/]+/src/',
    // Specs and test helpers boot the whole app; the rules are about the shipped code.
    exclude: { path: '(^|/)(node_modules|dist|generated)/|\\.(spec|test)\\.tsx?$' },
    // Type-only imports count: an `import type` from a feature still couples common/ to it.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.base.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json'] },
  },
};
