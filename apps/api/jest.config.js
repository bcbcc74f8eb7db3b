/**
 * NestJS 12 ships as ES modules, so Jest runs in its ESM mode (--experimental-vm-modules,
 * set in the test script) and SWC compiles our TypeScript to ES modules for it.
 * Integration tests start one PostgreSQL (embedded unless DATABASE_URL is set); each test
 * file gets its own database.
 */
const swc = (tsx) => [
  '@swc/jest',
  {
    jsc: {
      // TSX only for .tsx (email templates): in .ts files `<T>x` stays a type assertion.
      parser: { syntax: 'typescript', decorators: true, tsx },
      transform: {
        legacyDecorator: true,
        decoratorMetadata: true,
        useDefineForClassFields: false,
        react: { runtime: 'automatic' },
      },
      target: 'es2022',
      keepClassNames: true,
    },
    module: { type: 'es6' },
  },
];

module.exports = {
  rootDir: '.',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/src/**/*.spec.tsx', '<rootDir>/test/**/*.spec.ts'],
  extensionsToTreatAsEsm: ['.ts', '.tsx'],
  moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'cjs', 'json'],
  transform: { '^.+\\.ts$': swc(false), '^.+\\.tsx$': swc(true) },
  globalSetup: '<rootDir>/test/global-setup.ts',
  globalTeardown: '<rootDir>/test/global-teardown.ts',
  testTimeout: 60000,
  maxWorkers: 2,
};
