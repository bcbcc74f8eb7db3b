/**
 * Module-folder cycles, on run-time imports only. A folder-scoped rule cannot skip type-only imports
 * (dependency-cruiser aggregates a folder's dependencies before looking at their types), so this
 * second pass cruises without them: an entity naming the other side of a relation by string with
 * `import type` (comment → feedback, attachment → contribution, audit event → organization) is erased
 * at run time and couples no module's loading to another's. The main config still counts type-only
 * imports for every other rule.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS config extends another
const base = require('./.dependency-cruiser.cjs');

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      // Folder scope: two module folders that depend on each other even when no single file cycle
      // does (user.resolver → auth's Me while auth → user's entity). A module's subfolder (dto/)
      // counts as a folder of its own here, so import another module's dto/ only from its code.
      name: 'api-no-circular-modules',
      severity: 'error',
      comment: 'Two API modules depend on each other: one of them should not know the other.',
      scope: 'folder',
      from: { path: '^apps/api/src/modules/[^/]+$' },
      to: { circular: true },
    },
  ],
  options: { ...base.options, tsPreCompilationDeps: false },
};
