/**
 * Events and their moderation. One row per event id (its organization, and which revision is published /
 * being worked on) and one row per revision (the full event JSON and its moderation state). The published
 * revision stays public while a newer one is draft, pending or rejected.
 */
import type { Db, Param, Queryable } from '../db/db.ts';
import { one } from '../db/db.ts';
import type { ListingEvent } from '../../src/listings/schema.ts';
import type { EventRecord, QueueItem, User, WorkingRevision } from '../../src/api/contract.ts';
import { ApiError, conflict, notFound } from '../base/errors.ts';
import { diffEvents } from './diff.ts';
import { audit, type AuditArgs } from './audit.ts';
import { systemClock, type Clock } from '../../src/data/clock.ts';
import { contentHash, org, type Row } from './rows.ts';
import { allOccurrences, eventIdsInWindow, syncOccurrences, writeOccurrences } from './occurrences.ts';

export class EventStore {
  constructor(
    readonly db: Db,
    /** Every time the store writes comes from here. */
    readonly clock: Clock = systemClock,
  ) {}

  private iso = () => new Date(this.clock()).toISOString();
  private audit = (q: Queryable, ...rest: AuditArgs) => audit(q, this.iso(), ...rest);

  private async eventRows(q: Queryable, where: string, params: Param[]): Promise<Row[]> {
    return (
      await q.query<Row>(
        `SELECT e.*, o.id AS org_id, o.name_zh AS org_name_zh, o.name_en AS org_name_en, o.url AS org_url
          FROM events e JOIN organizations o ON o.id = e.organization_id ${where} ORDER BY e.updated_at DESC, e.id`,
        params,
      )
    ).rows;
  }

  /**
   * The records of the events `where` selects (a condition on `events e`, as in `eventRows`). Trap: the
   * revisions are selected by the same condition in a subquery, not by a list of the events' ids: one
   * parameter per id fails above SQLite's 32,766 and PostgreSQL's 65,535 parameters (issue #16).
   */
  private async records(q: Queryable, where: string, params: Param[]): Promise<EventRecord[]> {
    const rows = await this.eventRows(q, where, params);
    if (!rows.length) return [];
    const revs = (
      await q.query<Row>(
        `SELECT * FROM revisions WHERE event_id IN (SELECT e.id FROM events e ${where}) ORDER BY id DESC`,
        params,
      )
    ).rows;
    const byEvent = new Map<string, Row[]>();
    for (const r of revs) {
      const list = byEvent.get(r.event_id as string);
      if (list) list.push(r);
      else byEvent.set(r.event_id as string, [r]);
    }
    return rows.map((e) => {
      const mine = byEvent.get(e.id as string) ?? [];
      const pub = mine.find((r) => r.id === e.published_revision);
      const work = mine.find((r) => r.id === e.working_revision);
      const working: WorkingRevision | null = work
        ? {
            revision: work.id as number,
            content_hash: contentHash(work.payload as string),
            state: work.state as WorkingRevision['state'],
            event: JSON.parse(work.payload as string) as ListingEvent,
            created_at: work.created_at as string,
            updated_at: work.updated_at as string,
            submitted_at: (work.submitted_at as string) ?? null,
            reviewed_at: (work.reviewed_at as string) ?? null,
            reviewed_by: (work.reviewed_by as number) ?? null,
            reason: (work.reason as string) ?? null,
          }
        : null;
      return {
        id: e.id as string,
        organization: org(e),
        state: working ? working.state : 'approved',
        published: pub ? (JSON.parse(pub.payload as string) as ListingEvent) : null,
        working,
        feedback: mine
          .filter((r) => r.reviewed_at && r.id !== e.working_revision)
          .map((r) => ({
            revision: r.id as number,
            state: (r.state === 'rejected' ? 'rejected' : 'approved') as 'approved' | 'rejected',
            reason: (r.reason as string) ?? null,
            reviewed_at: r.reviewed_at as string,
          })),
        created_at: e.created_at as string,
        updated_at: e.updated_at as string,
      };
    });
  }

  async eventRecords(organizationId?: number): Promise<EventRecord[]> {
    return organizationId === undefined
      ? this.records(this.db, '', [])
      : this.records(this.db, 'WHERE e.organization_id = $1', [organizationId]);
  }

  async eventRecord(id: string, q: Queryable = this.db): Promise<EventRecord | undefined> {
    return (await this.records(q, 'WHERE e.id = $1', [id]))[0];
  }

  async eventOrganization(id: string): Promise<number | undefined> {
    return one(
      await this.db.query<{ organization_id: number }>('SELECT organization_id FROM events WHERE id = $1', [
        id,
      ]),
    )?.organization_id;
  }

  /** The approved version of every event, for the public feed. */
  async publishedEvents(): Promise<ListingEvent[]> {
    const r = await this.db.query<{ payload: string }>(
      'SELECT r.payload FROM events e JOIN revisions r ON r.id = e.published_revision ORDER BY e.id',
    );
    return r.rows.map((x) => JSON.parse(x.payload) as ListingEvent);
  }

  /** The ids of an organization's events that have an approved version (the embed's listing). */
  async publishedIdsOf(organizationId: number): Promise<string[]> {
    const r = await this.db.query<{ id: string }>(
      'SELECT id FROM events WHERE organization_id = $1 AND published_revision IS NOT NULL ORDER BY id',
      [organizationId],
    );
    return r.rows.map((x) => x.id);
  }

  async publishedEvent(id: string): Promise<ListingEvent | undefined> {
    const r = one(
      await this.db.query<{ payload: string }>(
        'SELECT r.payload FROM events e JOIN revisions r ON r.id = e.published_revision WHERE e.id = $1',
        [id],
      ),
    );
    return r && (JSON.parse(r.payload) as ListingEvent);
  }

  /** Rewrites the stored occurrences that are missing or stale (occurrences.ts); how many events. */
  syncOccurrences(): Promise<number> {
    return syncOccurrences(this.db);
  }

  /** Ids of published events with an occurrence in the window (occurrences.ts), from the indexed table. */
  publishedIdsInWindow(window: { from: number; to: number; longest: number }): Promise<Set<string>> {
    return eventIdsInWindow(this.db, window);
  }

  /** Every stored occurrence by event id (the compiled feed reads these instead of expanding rules). */
  publishedOccurrences() {
    return allOccurrences(this.db);
  }

  /** Changes whenever the set of published revisions changes (cheap; checked by the feed cache). */
  async publishedVersion(): Promise<string> {
    const r = one(
      await this.db.query<{ n: number; m: number | null; t: string | null }>(
        'SELECT CAST(count(published_revision) AS INTEGER) AS n, max(published_revision) AS m, max(published_at) AS t FROM events',
      ),
    );
    return `${r?.n}:${r?.m}:${r?.t}`;
  }

  async createEvent(actor: User, event: ListingEvent, submit: boolean): Promise<EventRecord> {
    return this.db.tx(async (q) => {
      if (one(await q.query('SELECT id FROM events WHERE id = $1', [event.id])))
        throw new ApiError(409, 'conflict', 'This id is taken.');
      const t = this.iso();
      await q.query(
        'INSERT INTO events (id, organization_id, created_by, created_at, updated_at) VALUES ($1, $2, $3, $4, $4)',
        [event.id, actor.organization!.id, actor.id, t],
      );
      const rev = await this.insertRevision(q, event, actor.id, submit);
      await q.query('UPDATE events SET working_revision = $1 WHERE id = $2', [rev, event.id]);
      await this.audit(q, actor.id, 'event.create', ['event', event.id], {
        revision: rev,
        submitted: submit,
      });
      return (await this.eventRecord(event.id, q))!;
    });
  }

  private async insertRevision(q: Queryable, event: ListingEvent, author: number, submit: boolean) {
    const t = this.iso();
    return one(
      await q.query<{ id: number }>(
        `INSERT INTO revisions (event_id, state, payload, author_id, created_at, updated_at, submitted_at, submitted_by)
          VALUES ($1, $2, $3, $4, $5, $5, $6, $7) RETURNING id`,
        [
          event.id,
          submit ? 'pending' : 'draft',
          JSON.stringify(event),
          author,
          t,
          submit ? t : null,
          submit ? author : null,
        ],
      ),
    )!.id;
  }

  /**
   * Saves a new version of the event. A draft or rejected working revision is replaced in place (rejected
   * becomes draft again), a pending one stays pending; with no working revision a new one is opened and the
   * published version stays public.
   */
  async saveEvent(
    actor: User,
    event: ListingEvent,
    options: { submit: boolean; revision?: number; asModerator?: boolean },
  ): Promise<EventRecord> {
    return this.db.tx(async (q) => {
      const rec = await this.eventRecord(event.id, q);
      if (!rec) throw notFound();
      const w = rec.working;
      if (options.revision !== undefined && options.revision !== (w?.revision ?? null))
        throw conflict('The event changed since you loaded it.');
      if (options.asModerator && w?.state !== 'pending')
        throw conflict('Only a pending revision can be edited here.');
      const t = this.iso();
      let rev: number;
      // A rejected revision is kept as it was (its reason stays in the history); the edit opens a new one.
      if (w && w.state !== 'rejected') {
        const state = options.submit || w.state === 'pending' ? 'pending' : 'draft';
        const submitted = state === 'pending' && w.state !== 'pending';
        await q.query(
          `UPDATE revisions SET payload = $1, state = $2, updated_at = $3
            ${submitted ? ', submitted_at = $3, submitted_by = $5' : ''} WHERE id = $4`,
          submitted
            ? [JSON.stringify(event), state, t, w.revision, actor.id]
            : [JSON.stringify(event), state, t, w.revision],
        );
        rev = w.revision;
      } else {
        rev = await this.insertRevision(q, event, actor.id, options.submit);
        await q.query('UPDATE events SET working_revision = $1 WHERE id = $2', [rev, rec.id]);
      }
      await q.query('UPDATE events SET updated_at = $1 WHERE id = $2', [t, rec.id]);
      await this.audit(
        q,
        actor.id,
        options.asModerator ? 'event.moderator_edit' : 'event.update',
        ['event', rec.id],
        {
          revision: rev,
          submitted: options.submit,
          fields: diffEvents(w?.event ?? rec.published, event).map((c) => c.path),
        },
      );
      return (await this.eventRecord(rec.id, q))!;
    });
  }

  async submitEvent(actor: User, id: string): Promise<EventRecord> {
    return this.db.tx(async (q) => {
      const rec = await this.eventRecord(id, q);
      if (!rec) throw notFound();
      if (!rec.working || rec.working.state === 'pending') throw conflict('Nothing to submit.');
      const t = this.iso();
      await q.query(
        "UPDATE revisions SET state = 'pending', submitted_at = $1, submitted_by = $2, updated_at = $1 WHERE id = $3",
        [t, actor.id, rec.working.revision],
      );
      await q.query('UPDATE events SET updated_at = $1 WHERE id = $2', [t, id]);
      await this.audit(q, actor.id, 'event.submit', ['event', id], { revision: rec.working.revision });
      return (await this.eventRecord(id, q))!;
    });
  }

  /** Drops the working revision; an event never approved disappears (returns undefined). */
  async discardDraft(actor: User, id: string): Promise<EventRecord | undefined> {
    return this.db.tx(async (q) => {
      const rec = await this.eventRecord(id, q);
      if (!rec) throw notFound();
      if (!rec.working) throw conflict('There is no draft to discard.');
      await q.query("UPDATE revisions SET state = 'discarded', updated_at = $1 WHERE id = $2", [
        this.iso(),
        rec.working.revision,
      ]);
      await this.audit(q, actor.id, 'event.discard', ['event', id], { revision: rec.working.revision });
      if (!rec.published) {
        await writeOccurrences(q, id, null);
        await q.query('UPDATE events SET working_revision = NULL WHERE id = $1', [id]);
        await q.query('DELETE FROM revisions WHERE event_id = $1', [id]);
        await q.query('DELETE FROM events WHERE id = $1', [id]);
        return undefined;
      }
      await q.query('UPDATE events SET working_revision = NULL, updated_at = $1 WHERE id = $2', [
        this.iso(),
        id,
      ]);
      return (await this.eventRecord(id, q))!;
    });
  }

  async review(
    actor: User,
    id: string,
    revision: number,
    decision: { approve: true } | { approve: false; reason: string },
    /** The content the moderator reviewed (`content_hash`); required by the API for an approval. */
    reviewed?: string,
  ) {
    return this.db.tx(async (q) => {
      const rec = await this.eventRecord(id, q);
      if (!rec) throw notFound();
      if (rec.working?.state !== 'pending' || rec.working.revision !== revision)
        throw conflict('This revision is not the pending one (it was changed or already decided).');
      if (reviewed !== undefined && rec.working.content_hash !== reviewed)
        throw conflict('The event was edited after you loaded it: review it again.');
      const t = this.iso();
      if (decision.approve) {
        if (rec.published) {
          const old = one(
            await q.query<{ published_revision: number }>(
              'SELECT published_revision FROM events WHERE id = $1',
              [id],
            ),
          )!;
          await q.query("UPDATE revisions SET state = 'superseded' WHERE id = $1", [old.published_revision]);
        }
        await q.query(
          "UPDATE revisions SET state = 'approved', reviewed_at = $1, reviewed_by = $2 WHERE id = $3",
          [t, actor.id, revision],
        );
        // Conditional on the working revision: two moderators approving at once cannot both win.
        const r = await q.query(
          'UPDATE events SET published_revision = $1, published_at = $2, working_revision = NULL, updated_at = $2 WHERE id = $3 AND working_revision = $1',
          [revision, t, id],
        );
        if (!r.changes) throw conflict('This revision was decided meanwhile.');
        // The published content changed: its occurrences are expanded now, once, in this transaction.
        await writeOccurrences(q, id, { event: rec.working.event, revision });
        await this.audit(q, actor.id, 'event.approve', ['event', id], { revision });
      } else {
        await q.query(
          "UPDATE revisions SET state = 'rejected', reviewed_at = $1, reviewed_by = $2, reason = $3 WHERE id = $4 AND state = 'pending'",
          [t, actor.id, decision.reason, revision],
        );
        await q.query('UPDATE events SET updated_at = $1 WHERE id = $2', [t, id]);
        await this.audit(q, actor.id, 'event.reject', ['event', id], { revision, reason: decision.reason });
      }
      return (await this.eventRecord(id, q))!;
    });
  }

  async queue(): Promise<QueueItem[]> {
    const rows = (
      await this.db.query<Row>(
        `SELECT r.id AS revision, r.event_id, r.payload, r.submitted_at, p.payload AS published,
            s.id AS s_id, s.name AS s_name, s.email AS s_email,
            o.id AS org_id, o.name_zh AS org_name_zh, o.name_en AS org_name_en, o.url AS org_url
          FROM events e
          JOIN revisions r ON r.id = e.working_revision AND r.state = 'pending'
          LEFT JOIN revisions p ON p.id = e.published_revision
          LEFT JOIN users s ON s.id = r.submitted_by
          JOIN organizations o ON o.id = e.organization_id
          ORDER BY r.submitted_at, r.id`,
      )
    ).rows;
    return rows.map((r) => {
      const event = JSON.parse(r.payload as string) as ListingEvent;
      const published = r.published ? (JSON.parse(r.published as string) as ListingEvent) : null;
      return {
        id: r.event_id as string,
        revision: r.revision as number,
        content_hash: contentHash(r.payload as string),
        organization: org(r),
        submitted_by:
          r.s_id == null
            ? null
            : { id: r.s_id as number, name: r.s_name as string, email: r.s_email as string },
        submitted_at: (r.submitted_at as string) ?? null,
        event,
        published,
        changes: diffEvents(published ?? undefined, event),
      };
    });
  }
}
