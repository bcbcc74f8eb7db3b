import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', '**/.data/**', 'apps/web/src/generated/**', '**/coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['apps/web/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    // Links come from `routes` in @openhuddle/shared, so a page that moves takes its links with it.
    files: ['apps/web/src/**/*.{ts,tsx}'],
    ignores: ['apps/web/src/**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...[
          'JSXAttribute[name.name=/^(to|href)$/] TemplateLiteral[quasis.0.value.raw=/^\\x2F/]',
          'JSXAttribute[name.name=/^(to|href)$/] Literal[value=/^\\x2F/]',
          'CallExpression[callee.name="navigate"] > TemplateLiteral[quasis.0.value.raw=/^\\x2F/]',
          'CallExpression[callee.name="navigate"] > Literal[value=/^\\x2F/]',
        ].map((selector) => ({ selector, message: 'Build app paths with `routes` from @openhuddle/shared.' })),
      ],
    },
  },
  {
    // The kit knows nothing of the product, so any feature can use it and it can be tested alone.
    files: ['apps/web/src/ui/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['../app/*', '../features/*', '../generated/*'], message: 'ui/ imports no app or feature code.' },
          ],
        },
      ],
    },
  },
  {
    // Tests read deep into GraphQL responses; typing every shape there adds noise, not safety.
    files: ['**/*.spec.ts', '**/test/**/*.ts', 'e2e/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
