/**
 * `/api/venues`: every active venue, for the event form. `/api/admin/venues`: the admin lists every venue (geodata's heritage places, read-only, and the admin
 * venues), creates and edits admin venues, and retires or restores them (API.md, "Admin venues").
 * A venue with approved events still to come cannot be retired: 409 naming those events.
 */
import type { FastifyPluginAsync, FastifyReply } from 'fastify';
import { ApiError, conflict, invalid, notFound } from '../base/errors.ts';
import { need, type Service } from './http.ts';
import type { BlockingEvent, VenueListItem } from '../../src/api/contract.ts';
import { checkVenueInput, type AdminVenue } from '../../src/listings/admin-venue.ts';
import { venueFromPlace } from '../../src/listings/venues.ts';
import { isId } from '../../src/data/ids.ts';

const READ_ONLY = 'Heritage places come from geodata/ and change there (in git), not through the API.';

export const venueRoutes: FastifyPluginAsync<Service> = async (app, { stores, geodata, feed }) => {
  const { venues } = stores;
  const geodataItems: VenueListItem[] = geodata.places.map((f) => ({
    ...venueFromPlace(f),
    source: 'geodata',
    sources: f.properties.sources,
    confidence: f.properties.confidence,
    retired: false,
  }));

  /** The admin venue named in the path; geodata places are read-only (409). */
  async function adminVenue(id: string): Promise<AdminVenue> {
    if (geodata.placeIds.has(id)) throw conflict(READ_ONLY);
    const v = isId(id) ? await venues.get(id) : undefined;
    if (!v) throw notFound();
    return v;
  }

  function checked(body: unknown, mode: 'create' | 'update', id?: string) {
    const r = checkVenueInput(body, geodata.places, mode);
    if (!r.ok) throw invalid(r.fields);
    return id === undefined ? r.venue : { ...r.venue, id };
  }

  app.get('/api/venues', async () => [
    ...geodata.venues.map((x) => ({ ...x, source: 'geodata' })),
    ...(await venues.active()).map((x) => ({ ...x, source: 'admin' })),
  ]);

  app.get('/api/admin/venues', async (req) => {
    need(req, 'admin');
    const mine = (await venues.all()).map((v) => ({ ...v, source: 'admin' as const }));
    return [...geodataItems, ...mine];
  });

  app.post('/api/admin/venues', async (req, reply: FastifyReply) => {
    const user = need(req, 'admin');
    const venue = checked(req.body, 'create');
    if (geodata.placeIds.has(venue.id)) throw conflict('This id is taken by a heritage place of geodata/.');
    const created = await venues.create(user.id, venue);
    feed.invalidate();
    return reply.code(201).send(created);
  });

  app.put<{ Params: { id: string } }>('/api/admin/venues/:id', async (req) => {
    const user = need(req, 'admin');
    await adminVenue(req.params.id);
    const out = await venues.update(user.id, checked(req.body, 'update', req.params.id));
    feed.invalidate();
    return out;
  });

  app.post<{ Params: { id: string } }>('/api/admin/venues/:id/retire', async (req) => {
    const user = need(req, 'admin');
    const v = await adminVenue(req.params.id);
    // The compiled feed holds every approved event with all its occurrences (samples never use admin venues).
    const now = feed.now();
    const blocking: BlockingEvent[] = (await feed.get()).feed.events.flatMap((e) => {
      const next = e.venue === v.id && !e.sample && e.occurrences.find((o) => Date.parse(o.end) > now);
      return next ? [{ id: e.id, title_zh: e.title_zh, title_en: e.title_en, next: next.start }] : [];
    });
    if (blocking.length)
      throw new ApiError(
        409,
        'conflict',
        `The venue has ${blocking.length} approved event(s) still to come: ${blocking.map((e) => e.id).join(', ')}.`,
        undefined,
        { events: blocking },
      );
    const out = await venues.setRetired(user.id, v.id, true);
    feed.invalidate();
    return out;
  });

  app.post<{ Params: { id: string } }>('/api/admin/venues/:id/restore', async (req) => {
    const user = need(req, 'admin');
    const v = await adminVenue(req.params.id);
    const out = await venues.setRetired(user.id, v.id, false);
    feed.invalidate();
    return out;
  });
};
