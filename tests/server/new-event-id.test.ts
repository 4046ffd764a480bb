/** A new event needs no id from the organizer: the service gives one, distinct even for equal titles. */
import { expect, it } from 'vitest';
import { describeBackends, fixtureEvent } from './harness.ts';
import { ID_PATTERN } from '../../src/data/ids.ts';
import { newEventId } from '../../server/routes/new-event-id.ts';

const withoutId = (): Record<string, unknown> => {
  const e: Record<string, unknown> = { ...fixtureEvent() };
  delete e.id;
  return e;
};

it('the id is the English title in kebab-case with the random part, or "event" for a Chinese-only title', () => {
  expect(newEventId('Saturday Yaji: Song tea & incense', () => 'a1b2c3')).toBe(
    'saturday-yaji-song-tea-incense-a1b2c3',
  );
  expect(newEventId('', () => '0b7e42')).toBe('event-0b7e42');
});

describeBackends('event ids made by the service', (get) => {
  it('a create without an id is given a well-formed one, under which the event is stored', async () => {
    const org = await get().as('organizer');
    const r = await org.req('POST', '/api/my/events', { event: withoutId() });
    expect(r.status).toBe(201);
    expect(r.json.id).toMatch(ID_PATTERN);
    expect(r.json.working.event.id).toBe(r.json.id);
    expect((await org.req('GET', `/api/my/events/${r.json.id}`)).status).toBe(200);
  });

  it('two creates with the same title get distinct ids', async () => {
    const org = await get().as('organizer');
    const a = await org.req('POST', '/api/my/events', { event: withoutId() });
    const b = await org.req('POST', '/api/my/events', { event: { ...withoutId(), id: '' } });
    expect([a.status, b.status]).toEqual([201, 201]);
    expect(a.json.id).not.toBe(b.json.id);
  });

  it('an id that is sent is kept', async () => {
    const org = await get().as('organizer');
    const r = await org.req('POST', '/api/my/events', { event: fixtureEvent() });
    expect(r.json.id).toBe('test-fixture-evening');
  });
});
