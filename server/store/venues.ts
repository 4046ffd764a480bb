/**
 * Reads and writes of the admin venues (table `venues`, migration 002). Like the other stores, every change is one
 * transaction with its audit entry (`venue.create`, `venue.update`, `venue.retire`, `venue.restore`).
 * Checks that need the rest of the service (ids of geodata places, upcoming events) are the routes' job.
 */
import type { Db, Queryable } from '../db/db.ts';
import { one } from '../db/db.ts';
import { audit, type AuditArgs } from './audit.ts';
import type { Row } from './rows.ts';
import { systemClock, type Clock } from '../../src/data/clock.ts';
import { conflict, notFound } from '../base/errors.ts';
import type { AdminVenue, VenueFields } from '../../src/listings/admin-venue.ts';
import type { Venue } from '../../src/listings/venues.ts';
import type { AreaId } from '../../src/data/areas.ts';
import type { Confidence, Position } from '../../src/data/schema.ts';

function venue(r: Row): AdminVenue {
  const out: AdminVenue = {
    id: r.id as string,
    name_zh: r.name_zh as string,
    name_en: r.name_en as string,
    position: [Number(r.lon), Number(r.lat)],
    area: r.area as AreaId,
    sources: JSON.parse(r.sources as string) as AdminVenue['sources'],
    confidence: r.confidence as Confidence,
    retired: !!r.retired,
    created_at: r.created_at as string,
    created_by: (r.created_by as number) ?? null,
    updated_at: r.updated_at as string,
    updated_by: (r.updated_by as number) ?? null,
  };
  for (const key of ['address_zh', 'address_en', 'access_zh', 'access_en'] as const)
    if (r[key] != null) out[key] = r[key] as string;
  if (r.gcj02 != null) out.gcj02 = JSON.parse(r.gcj02 as string) as Position;
  return out;
}

const columns = (v: VenueFields) => [
  v.name_zh,
  v.name_en,
  v.position[0],
  v.position[1],
  v.area,
  v.address_zh ?? null,
  v.address_en ?? null,
  v.access_zh ?? null,
  v.access_en ?? null,
  JSON.stringify(v.sources),
  v.confidence,
  v.gcj02 ? JSON.stringify(v.gcj02) : null,
];

/** The fields an audit entry names as changed. */
function changedFields(before: AdminVenue, after: VenueFields): string[] {
  const keys = [
    'name_zh',
    'name_en',
    'position',
    'area',
    'address_zh',
    'address_en',
    'access_zh',
    'access_en',
    'sources',
    'confidence',
    'gcj02',
  ] as const;
  return keys.filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]));
}

export class VenueStore {
  constructor(
    readonly db: Db,
    readonly clock: Clock = systemClock,
  ) {}

  private iso = () => new Date(this.clock()).toISOString();
  private audit = (q: Queryable, ...rest: AuditArgs) => audit(q, this.iso(), ...rest);

  async all(q: Queryable = this.db): Promise<AdminVenue[]> {
    return (await q.query<Row>('SELECT * FROM venues ORDER BY id')).rows.map(venue);
  }

  async get(id: string, q: Queryable = this.db): Promise<AdminVenue | undefined> {
    const r = one(await q.query<Row>('SELECT * FROM venues WHERE id = $1', [id]));
    return r && venue(r);
  }

  /** Active venues in the shape events and the feed use. */
  async active(): Promise<Venue[]> {
    const r = await this.db.query<Row>('SELECT * FROM venues WHERE retired = 0 ORDER BY id');
    return r.rows.map((x) => {
      const v = venue(x);
      return { id: v.id, name_zh: v.name_zh, name_en: v.name_en, position: v.position, area: v.area };
    });
  }

  /** Changes whenever any venue changes (the feed cache rebuilds on it). */
  async version(): Promise<string> {
    const r = one(
      await this.db.query<{ n: number; t: string | null }>(
        'SELECT CAST(count(*) AS INTEGER) AS n, max(updated_at) AS t FROM venues',
      ),
    );
    return `${r?.n}:${r?.t}`;
  }

  async create(actor: number, v: VenueFields): Promise<AdminVenue> {
    return this.db.tx(async (q) => {
      if (await this.get(v.id, q)) throw conflict('This id is taken.');
      const t = this.iso();
      await q.query(
        `INSERT INTO venues (id, name_zh, name_en, lon, lat, area, address_zh, address_en, access_zh, access_en,
          sources, confidence, gcj02, retired, created_at, created_by, updated_at, updated_by)
          VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, 0, $14, $15, $14, $15)`,
        [v.id, ...columns(v), t, actor],
      );
      await this.audit(q, actor, 'venue.create', ['venue', v.id], { position: v.position, area: v.area });
      return (await this.get(v.id, q))!;
    });
  }

  async update(actor: number, v: VenueFields): Promise<AdminVenue> {
    return this.db.tx(async (q) => {
      const before = await this.get(v.id, q);
      if (!before) throw notFound();
      await q.query(
        `UPDATE venues SET name_zh = $1, name_en = $2, lon = $3, lat = $4, area = $5, address_zh = $6,
          address_en = $7, access_zh = $8, access_en = $9, sources = $10, confidence = $11, gcj02 = $12,
          updated_at = $13, updated_by = $14 WHERE id = $15`,
        [...columns(v), this.iso(), actor, v.id],
      );
      await this.audit(q, actor, 'venue.update', ['venue', v.id], { fields: changedFields(before, v) });
      return (await this.get(v.id, q))!;
    });
  }

  /** Retires (`retired: true`) or restores a venue; 409 when it is already in that state. */
  async setRetired(actor: number, id: string, retired: boolean): Promise<AdminVenue> {
    return this.db.tx(async (q) => {
      const before = await this.get(id, q);
      if (!before) throw notFound();
      if (before.retired === retired)
        throw conflict(retired ? 'The venue is already retired.' : 'The venue is not retired.');
      await q.query('UPDATE venues SET retired = $1, updated_at = $2, updated_by = $3 WHERE id = $4', [
        retired ? 1 : 0,
        this.iso(),
        actor,
        id,
      ]);
      await this.audit(q, actor, retired ? 'venue.retire' : 'venue.restore', ['venue', id]);
      return (await this.get(id, q))!;
    });
  }
}
