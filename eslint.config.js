import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'public/data/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
      'bench/baseline/dist/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
  {
    files: ['src/**/*.ts'],
    plugins: { lit, 'lit-a11y': litA11y },
    rules: {
      ...lit.configs.recommended.rules,
      ...litA11y.configs.recommended.rules,
      // Only src/map/ may import MapLibre: the rest of the app stays testable without WebGL.
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['maplibre-gl', 'maplibre-gl/*'], message: 'Only src/map/ imports maplibre-gl.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/map/**/*.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // One clock (src/data/clock.ts): the app, the server and the scripts never read the wall clock
    // themselves, so tests can set the time and nothing depends on the day it runs.
    files: ['src/**/*.ts', 'server/**/*.ts', 'scripts/**/*.ts'],
    ignores: ['src/data/clock.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'Take the time from a Clock (src/data/clock.ts).' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'Take the time from a Clock (src/data/clock.ts): new Date(clock()).',
        },
      ],
    },
  },
);
