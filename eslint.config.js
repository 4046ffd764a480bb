import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import globals from 'globals';

/*
 * The floors (README, "How it is built"; docs/adr/0002-floors.md). Lowest first:
 *
 *   src/data                          imports nothing of ours
 *   src/i18n, src/theme, src/history  → data
 *   src/<domain>/*.ts, src/api,       node-safe models (no Lit, no MapLibre) → the floors above
 *   src/organizer/model
 *   src/events                        DOM event classes → models
 *   src/map                           the MapLibre engine → events, models
 *   src/<domain>/ui                   elements → map, events, models
 *   src/app, src/organizer/*.ts       the two shells → everything, but not each other
 *   server, scripts                   → models, data, the API contract
 *
 * Each floor is a `no-restricted-imports` block whose regexes match relative specifiers by their folder
 * names, so they hold at any depth. A later block replaces the rule of an earlier one for the same file,
 * which is why every block repeats the MapLibre restriction. tests/unit/architecture/floors.test.ts lints
 * a wrong import on every floor and expects these messages; import-graph.test.ts forbids cycles.
 */
const MAPLIBRE = { group: ['maplibre-gl', 'maplibre-gl/*'], message: 'Only src/map/ imports maplibre-gl.' };
const LIT = {
  group: ['lit', 'lit/*', '@lit/*'],
  message: 'Model code is node-safe: no Lit (elements go in ui/).',
};
const re = (regex, message) => ({ regex, message });
const UI = re('(^|/)ui/', 'A lower floor never imports an element (src/<domain>/ui/).');
const EVENTS = re('(^|/)events/', 'Models do not import DOM events (src/events/ is the floor above them).');
const MAP = re('(^|/)map/', 'Only elements and shells import the map engine (src/map/).');
const APP = re('(^|/)app/', 'Nothing imports the app shell (src/app/).');
const ORGANIZER_SHELL = re(
  '(^|/)organizer/(?!model/|ui/)[^/]+$',
  'Nothing imports the organizer shell (src/organizer/*.ts).',
);
const ORGANIZER = re('(^|/)organizer/', 'Only the organizer imports the organizer (its model and ui).');
const SHELL_SIBLING = re(
  '^\\.\\./[^/]+\\.ts$',
  'The organizer model and ui never import the organizer shell.',
);
const OUT_OF_DATA = re('^\\.\\./', 'src/data is the lowest floor: it imports nothing of ours.');

const floor = (files, patterns, extraPaths = []) => ({
  files,
  rules: { 'no-restricted-imports': ['error', { patterns: [...patterns, ...extraPaths] }] },
});

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
    },
  },
  floor(['src/**/*.ts'], [MAPLIBRE]),
  floor(['src/data/**/*.ts'], [MAPLIBRE, LIT, OUT_OF_DATA]),
  floor(
    ['src/i18n/**/*.ts', 'src/theme/**/*.ts', 'src/history/*.ts'],
    [
      MAPLIBRE,
      UI,
      EVENTS,
      MAP,
      APP,
      ORGANIZER,
      re(
        '^\\.\\./(?!data/|i18n/|theme/|history/)',
        'i18n, theme and history import only src/data and each other.',
      ),
    ],
  ),
  floor(
    [
      'src/api/**/*.ts',
      'src/hours/*.ts',
      'src/learning/*.ts',
      'src/listings/*.ts',
      'src/places/*.ts',
      'src/search/*.ts',
      'src/trips/*.ts',
      'src/walks/*.ts',
    ],
    [
      MAPLIBRE,
      LIT,
      UI,
      EVENTS,
      MAP,
      APP,
      ORGANIZER,
      re('shared-styles', 'Component styles are for elements.'),
    ],
  ),
  floor(
    ['src/organizer/model/**/*.ts'],
    [
      MAPLIBRE,
      LIT,
      UI,
      EVENTS,
      MAP,
      APP,
      SHELL_SIBLING,
      re('shared-styles', 'Component styles are for elements.'),
    ],
  ),
  floor(['src/events/**/*.ts'], [MAPLIBRE, LIT, UI, MAP, APP, ORGANIZER_SHELL]),
  floor(['src/map/**/*.ts'], [UI, APP, ORGANIZER_SHELL]),
  floor(['src/*/ui/**/*.ts'], [MAPLIBRE, APP, ORGANIZER_SHELL]),
  floor(['src/organizer/ui/**/*.ts'], [MAPLIBRE, APP, SHELL_SIBLING]),
  floor(['src/app/**/*.ts'], [MAPLIBRE, ORGANIZER]),
  floor(['src/organizer/*.ts'], [MAPLIBRE, APP]),
  floor(
    ['server/**/*.ts', 'scripts/**/*.ts'],
    [
      MAPLIBRE,
      LIT,
      re(
        '(^|/)src/(events|map|app|organizer)/',
        'The server and scripts import models and the API contract only.',
      ),
      re('(^|/)src/[^/]+/ui/', 'The server and scripts import models and the API contract only.'),
    ],
  ),
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
