// Flat config. The boundary rules make the architecture of DESIGN.md §3 mechanical:
// the renderer never reaches into main, shared stays platform-free, and only main/electron imports electron.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const nodeBuiltins = [
  'node:*',
  'fs',
  'path',
  'os',
  'crypto',
  'child_process',
  'worker_threads',
  'http',
  'net',
];

export default tseslint.config(
  {
    ignores: [
      'node_modules',
      'dist',
      'release',
      'test-results',
      'playwright-report',
      '.cache',
      'tests/fixtures',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'no-console': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'electron', message: 'Only main/electron/ may import electron.' }] },
      ],
    },
  },
  {
    files: [
      'main/electron/**/*.ts',
      'preload/preload.ts',
      'tests/electron/**/*.ts',
      'tests/unit/electron/**/*.ts',
    ],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'The renderer talks to the core only through window.carebinder.' },
          ],
          patterns: [
            {
              group: ['**/main/**', '../main/*'],
              message: 'The renderer cannot import main/: use the shared contract.',
            },
            { group: nodeBuiltins, message: 'The renderer runs in a browser sandbox.' },
          ],
        },
      ],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'shared/ is platform-free.' }],
          patterns: [
            { group: nodeBuiltins, message: 'shared/ imports no platform module.' },
            {
              group: ['**/main/**', '**/renderer/**', '**/preload/**'],
              message: 'shared/ depends on nothing else.',
            },
            { group: ['react', 'react-dom'], message: 'shared/ is platform-free.' },
          ],
        },
      ],
    },
  },
  {
    // Scripts and tests talk to the terminal on purpose.
    files: [
      'main/scripts/**/*.ts',
      'tests/**/*.ts',
      'main/cli/**/*.{ts,mjs}',
      'main/bench/**/*.ts',
      'main/eval/**/*.ts',
    ],
    rules: { 'no-console': 'off' },
  },
);
