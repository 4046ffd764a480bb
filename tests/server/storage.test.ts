/** Migrations, the backup export and the moderation diff, on both backends where storage is involved. */
import { expect, it } from 'vitest';
import { migrate } from '../../server/db/migrate.ts';
import { diffEvents } from '../../server/store/diff.ts';
import { exportAll } from '../../server/store/audit.ts';
import { describeBackends, fixtureEvent } from './harness.ts';

describeBackends('storage', (get) => {
  it('applies each migration once: a second start applies none', async () => {
    const w = get();
    expect(await migrate(w.db)).toEqual([]);
    const names = (await w.db.query<{ name: string }>('SELECT name FROM migrations')).rows.map((r) => r.name);
    expect(names).toEqual([
      '001_init.sql',
      '002_venues.sql',
      '003_sign_in_failures.sql',
      '004_occurrences.sql',
    ]);
  });

  it('exports every table for the backup, events with their revisions', async () => {
    const w = get();
    const org = await w.as('organizer');
    await org.req('POST', '/api/my/events', { event: fixtureEvent() });
    const out = await exportAll(w.db);
    expect(Object.keys(out).sort()).toEqual([
      'audit',
      'events',
      'invitations',
      'migrations',
      'organizations',
      'revisions',
      'users',
      'venues',
    ]);
    expect(out.events.map((e) => e.id)).toEqual(['test-fixture-evening']);
    expect(JSON.parse(out.revisions[0].payload as string)).toEqual(fixtureEvent());
    expect(out.users).toHaveLength(4);
  });
});

it('diffs a moved route vertex as one change and an added field against absence', () => {
  const before = {
    route: {
      type: 'LineString',
      coordinates: [
        [120.17, 30.24],
        [120.18, 30.25],
      ],
    },
  };
  const after = {
    route: {
      type: 'LineString',
      coordinates: [
        [120.17, 30.24],
        [120.181, 30.25],
      ],
    },
    rrule: 'FREQ=DAILY;COUNT=2',
  };
  expect(diffEvents(before, after)).toEqual([
    { path: 'route.coordinates.1', before: [120.18, 30.25], after: [120.181, 30.25] },
    { path: 'rrule', before: null, after: 'FREQ=DAILY;COUNT=2' },
  ]);
});
