import { describe, expect, it } from 'vitest';
import type { AdminVenue } from '../../../../src/listings/admin-venue.ts';
import {
  bodyFromDraft,
  draftFromVenue,
  emptyVenueDraft,
  venueProblemOf,
  venueProblems,
} from '../../../../src/organizer/model/venue-draft.ts';
import { places } from '../../listings/load.ts';

const stored: AdminVenue = {
  id: 'test-stage',
  name_zh: '测试舞台（虚构）',
  name_en: 'Test stage (fictional)',
  position: [120.1658397, 30.2438511],
  gcj02: [120.1705, 30.2415],
  area: 'qinghefang',
  sources: [{ title: 'Test', url: 'https://example.org/' }],
  confidence: 'low',
  retired: false,
  created_at: '2026-11-28T00:00:00.000Z',
  created_by: 1,
  updated_at: '2026-11-28T00:00:00.000Z',
  updated_by: 1,
};

describe('venue draft', () => {
  it('shows a converted venue as it was typed, in GCJ-02, so saving it again converts the same point', () => {
    const d = draftFromVenue(stored);
    expect([d.datum, d.lon, d.lat]).toEqual(['gcj02', '120.1705', '30.2415']);
    expect(bodyFromDraft(d, false)).toMatchObject({ position: [120.1705, 30.2415], datum: 'gcj02' });
  });

  it('leaves empty optional texts and the id of an update out of the body', () => {
    const body = bodyFromDraft({ ...draftFromVenue(stored), address_en: ' ' }, false);
    expect(body).not.toHaveProperty('address_en');
    expect(body).not.toHaveProperty('id');
  });

  it('asks for the coordinate system before anything else about the point', () => {
    const p = venueProblems({ ...emptyVenueDraft(), lon: '120.17', lat: '30.24' }, true, places());
    expect(p.datum).toEqual({ code: 'chooseDatum' });
    expect(p.lon).toBeUndefined();
  });

  it('says a coordinate that is not a decimal degree is not a number', () => {
    const p = venueProblems({ ...draftFromVenue(stored), lon: '120°10′' }, false, places());
    expect(p.lon).toEqual({ code: 'number' });
  });

  it('reads the server’s field codes as the form’s problems', () => {
    expect(venueProblemOf('name_zh', { code: 'tooLong', limit: 120 })).toEqual({ code: 'tooLong', max: 120 });
    expect(venueProblemOf('position', { code: 'swapped' })).toEqual({ code: 'swapped' });
    expect(venueProblemOf('id', { code: 'idTaken' })).toEqual({ code: 'taken' });
    expect(venueProblemOf('sources', { code: 'required' })).toEqual({ code: 'sources' });
  });
});
