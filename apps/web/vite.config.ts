import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

const api = process.env.API_URL ?? 'http://localhost:3000';

// Vitest's failure report uses Map.groupBy (Node 21+); on Node 20 it would crash instead of
// printing which assertion failed.
const mapWithGroupBy = Map as unknown as { groupBy?: unknown };
mapWithGroupBy.groupBy ??= <K, V>(items: Iterable<V>, key: (item: V, index: number) => K) => {
  const groups = new Map<K, V[]>();
  let index = 0;
  for (const item of items) {
    const k = key(item, index++);
    groups.set(k, [...(groups.get(k) ?? []), item]);
  }
  return groups;
};

// react-router's package exports only name its development build (remix-run/react-router#14753),
// so a production build would ship its dev warnings; point the build at the production files.
const reactRouterProduction = {
  'react-router': fileURLToPath(new URL('./node_modules/react-router/dist/production/index.mjs', import.meta.url)),
};

export default defineConfig(({ command }) => ({
  plugins: [react()],
  resolve: {
    // Shared enums and limits compile from source, so the web app never waits for a package build.
    alias: {
      '@openhuddle/shared': fileURLToPath(new URL('../../packages/shared/src/index.ts', import.meta.url)),
      ...(command === 'build' ? reactRouterProduction : {}),
    },
  },
  server: {
    port: 5173,
    proxy: {
      '/graphql': { target: api, ws: true, changeOrigin: false },
      '/api': { target: api, changeOrigin: false },
      // LTI 1.3 endpoints the LMS calls (login initiation, launch, deep linking, JWKS).
      '/lti': { target: api, changeOrigin: false },
    },
  },
  // No source maps in the build: the API serves dist/ publicly, and maps would publish the source
  // (the API also refuses *.map requests in case a build made them).
  build: { outDir: 'dist', sourcemap: false, emptyOutDir: true },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/test/setup.ts'],
    // Typing-heavy form tests (user-event types key by key) take several seconds on a loaded 2-core machine.
    testTimeout: 20_000,
  },
}));
