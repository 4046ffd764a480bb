/**
 * The floors of eslint.config.js fire: on every floor, an import that points the wrong way is reported by
 * `no-restricted-imports`, and an import that points down is not. The files are fake paths; ESLint lints
 * the text as if it lived there.
 */
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const eslint = new ESLint();

async function restricted(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\nexport {};\n`, { filePath });
  return result.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

/** [floor, fake file, a wrong-way import, an allowed import]. */
const CASES: [string, string, string, string][] = [
  ['data', 'src/data/fake.ts', "import '../history/era.ts';", "import './bounds.ts';"],
  ['i18n', 'src/i18n/fake.ts', "import '../walks/route.ts';", "import '../data/areas.ts';"],
  ['theme', 'src/theme/fake.ts', "import '../listings/feed.ts';", "import '../data/areas.ts';"],
  ['history model', 'src/history/fake.ts', "import './ui/time-control.ts';", "import '../i18n/lang.ts';"],
  ['domain model', 'src/walks/fake.ts', "import '../events/walks.ts';", "import '../listings/feed.ts';"],
  ['domain model (Lit)', 'src/listings/fake.ts', "import { html } from 'lit';", "import './feed.ts';"],
  ['domain model (ui)', 'src/trips/fake.ts', "import './ui/trip-view.ts';", "import '../walks/route.ts';"],
  [
    'API contract',
    'src/api/fake.ts',
    "import '../organizer/model/draft.ts';",
    "import '../listings/schema.ts';",
  ],
  ['organizer model', 'src/organizer/model/fake.ts', "import '../organizer-app.ts';", "import './draft.ts';"],
  ['events', 'src/events/fake.ts', "import '../map/heritage-map.ts';", "import '../walks/plan.ts';"],
  ['map', 'src/map/fake.ts', "import '../places/ui/place-card.ts';", "import '../events/map.ts';"],
  ['map (app)', 'src/map/fake.ts', "import '../app/url-state.ts';", "import '../data/bounds.ts';"],
  [
    'elements',
    'src/walks/ui/fake.ts',
    "import '../../app/song-app.ts';",
    "import '../../map/heritage-map.ts';",
  ],
  [
    'elements (MapLibre)',
    'src/places/ui/fake.ts',
    "import 'maplibre-gl';",
    "import '../../events/places.ts';",
  ],
  [
    'organizer elements',
    'src/organizer/ui/fake.ts',
    "import '../organizer-app.ts';",
    "import '../model/draft.ts';",
  ],
  [
    'app shell',
    'src/app/fake.ts',
    "import '../organizer/ui/event-form.ts';",
    "import '../walks/ui/walk-panel.ts';",
  ],
  [
    'organizer shell',
    'src/organizer/fake.ts',
    "import '../app/url-state.ts';",
    "import './ui/event-form.ts';",
  ],
  [
    'server',
    'server/routes/fake.ts',
    "import '../../src/organizer/model/draft.ts';",
    "import '../../src/api/contract.ts';",
  ],
  [
    'scripts',
    'scripts/fake.ts',
    "import '../src/search/ui/search-box.ts';",
    "import '../src/search/build-index.ts';",
  ],
];

describe('the floors of eslint.config.js', { timeout: 30_000 }, () => {
  // The first lint loads every plugin and parser: seconds on a busy machine, paid once here.
  beforeAll(() => eslint.lintText('export {};\n', { filePath: 'src/data/warm.ts' }), 60_000);

  it.each(CASES)(
    '%s: a wrong-way import fails lint, a downward one passes',
    async (_, file, wrong, right) => {
      expect(await restricted(file, wrong)).toHaveLength(1);
      expect(await restricted(file, right)).toEqual([]);
    },
  );

  it('MapLibre stays inside src/map', async () => {
    expect(await restricted('src/map/fake.ts', "import 'maplibre-gl';")).toEqual([]);
    expect(await restricted('src/walks/ui/fake.ts', "import 'maplibre-gl';")).toHaveLength(1);
  });
});
