/**
 * Every read and write of the service's data, over the one query layer (db/db.ts), so the routes never
 * hold SQL. Each change is one transaction that also writes its audit entry: the change and its record of
 * who did it commit together or not at all.
 *
 * Events: one row per event id (its organization, and which revision is published / being worked on) and
 * one row per revision (the full event JSON and its moderation state). The published revision stays public
 * while a newer one is draft, pending or rejected.
 */
import { systemClock, type Clock } from '../src/data/clock.ts';
import type { Db, Queryable } from './db/db.ts';
import { one } from './db/db.ts';
import type { ListingEvent } from '../src/listings/schema.ts';
import { ApiError, conflict, notFound } from './errors.ts';
import { diffEvents, type Change } from './diff.ts';
import { randomToken, sha256 } from './passwords.ts';

export const ROLES = ['organizer', 'moderator', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export interface Organization {
  id: number;
  name_zh: string;
  name_en: string;
  url?: string;
}

export interface User {
  id: number;
  email: string;
  name: string;
  role: Role;
  organization: Organization | null;
}

export interface AdminUser extends User {
  disabled: boolean;
  created_at: string;
}

export type RevisionState = 'draft' | 'pending' | 'approved' | 'rejected' | 'superseded' | 'discarded';

export interface WorkingRevision {
  revision: number;
  state: 'draft' | 'pending' | 'rejected';
  event: ListingEvent;
  created_at: string;
  updated_at: string;
  submitted_at: string | null;
  reviewed_at: string | null;
  reviewed_by: number | null;
  reason: string | null;
}

export interface EventRecord {
  id: string;
  organization: Organization;
  state: 'draft' | 'pending' | 'approved' | 'rejected';
  published: ListingEvent | null;
  working: WorkingRevision | null;
  feedback: {
    revision: number;
    state: 'approved' | 'rejected';
    reason: string | null;
    reviewed_at: string;
  }[];
  created_at: string;
  updated_at: string;
}

export interface QueueItem {
  id: string;
  revision: number;
  organization: Organization;
  submitted_by: { id: number; name: string; email: string } | null;
  submitted_at: string | null;
  event: ListingEvent;
  published: ListingEvent | null;
  changes: Change[];
}

export interface AuditEntry {
  id: number;
  at: string;
  actor: { id: number; email: string } | null;
  action: string;
  target_type: string;
  target_id: string | null;
  detail: unknown;
}

export const SESSION_MS = 12 * 3_600_000;
export const INVITATION_MS = 7 * 86_400_000;

type Row = Record<string, unknown>;

function org(r: Row, prefix = 'org_'): Organization {
  const o: Organization = {
    id: r[`${prefix}id`] as number,
    name_zh: r[`${prefix}name_zh`] as string,
    name_en: r[`${prefix}name_en`] as string,
  };
  if (r[`${prefix}url`]) o.url = r[`${prefix}url`] as string;
  return o;
}

const USER_SELECT = `SELECT u.id, u.email, u.name, u.role, u.disabled, u.created_at, u.password_hash,
  o.id AS org_id, o.name_zh AS org_name_zh, o.name_en AS org_name_en, o.url AS org_url
  FROM users u LEFT JOIN organizations o ON o.id = u.organization_id`;

function user(r: Row): User {
  return {
    id: r.id as number,
    email: r.email as string,
    name: r.name as string,
    role: r.role as Role,
    organization: r.org_id == null ? null : org(r),
  };
}

export type AuditArgs = [
  actor: number | null,
  action: string,
  target: [string, string | number | null],
  detail?: unknown,
];

/** One audit row written at `at` (ISO 8601 UTC) inside the caller's transaction. */
export async function audit(
  q: Queryable,
  at: string,
  actor: number | null,
  action: string,
  target: [string, string | number | null],
  detail: unknown = {},
) {
  await q.query(
    'INSERT INTO audit (at, actor_id, action, target_type, target_id, detail) VALUES ($1, $2, $3, $4, $5, $6)',
    [at, actor, action, target[0], target[1] == null ? null : String(target[1]), JSON.stringify(detail)],
  );
}

export class Store {
  constructor(
    readonly db: Db,
    /** Every time the store writes or compares (sessions, invitations, audit) comes from here. */
    readonly clock: Clock = systemClock,
  ) {}

  private iso = () => new Date(this.clock()).toISOString();
  private audit = (q: Queryable, ...rest: AuditArgs) => audit(q, this.iso(), ...rest);

  // ── organizations ──────────────────────────────────────────────────────────────────────────────────

  async organizations(): Promise<Organization[]> {
    const r = await this.db.query<Row>(
      'SELECT id AS org_id, name_zh AS org_name_zh, name_en AS org_name_en, url AS org_url FROM organizations ORDER BY id',
    );
    return r.rows.map((x) => org(x));
  }

  async organization(id: number): Promise<Organization | undefined> {
    return (await this.organizations()).find((o) => o.id === id);
  }

  async createOrganization(actor: number | null, o: Omit<Organization, 'id'>): Promise<Organization> {
    return this.db.tx(async (q) => {
      const r = one(
        await q.query<{ id: number }>(
          'INSERT INTO organizations (name_zh, name_en, url, created_at) VALUES ($1, $2, $3, $4) RETURNING id',
          [o.name_zh, o.name_en, o.url ?? null, this.iso()],
        ),
      )!;
      await this.audit(q, actor, 'organization.create', ['organization', r.id], o);
      return { id: r.id, ...o };
    });
  }

  // ── users and sessions ─────────────────────────────────────────────────────────────────────────────

  async userByEmail(
    email: string,
  ): Promise<(User & { password_hash: string; disabled: boolean }) | undefined> {
    const r = one(await this.db.query<Row>(`${USER_SELECT} WHERE u.email = $1`, [email.toLowerCase()]));
    return r && { ...user(r), password_hash: r.password_hash as string, disabled: !!r.disabled };
  }

  async users(): Promise<AdminUser[]> {
    const r = await this.db.query<Row>(`${USER_SELECT} ORDER BY u.id`);
    return r.rows.map((x) => ({ ...user(x), disabled: !!x.disabled, created_at: x.created_at as string }));
  }

  async countActiveAdmins(q: Queryable = this.db): Promise<number> {
    const r = one(
      await q.query<{ n: number }>(
        "SELECT CAST(count(*) AS INTEGER) AS n FROM users WHERE role = 'admin' AND disabled = 0",
      ),
    );
    return r?.n ?? 0;
  }

  async createUser(
    actor: number | null,
    u: { email: string; name: string; role: Role; organizationId: number | null; passwordHash: string },
    q?: Queryable,
  ): Promise<User> {
    const run = async (tx: Queryable) => {
      const email = u.email.toLowerCase();
      if (one(await tx.query('SELECT id FROM users WHERE email = $1', [email])))
        throw conflict('An account with this e-mail exists.');
      const r = one(
        await tx.query<{ id: number }>(
          'INSERT INTO users (email, name, role, organization_id, password_hash, disabled, created_at) VALUES ($1, $2, $3, $4, $5, 0, $6) RETURNING id',
          [email, u.name, u.role, u.organizationId, u.passwordHash, this.iso()],
        ),
      )!;
      await this.audit(tx, actor ?? r.id, 'user.create', ['user', r.id], {
        email,
        role: u.role,
        organization_id: u.organizationId,
      });
      return user(one(await tx.query<Row>(`${USER_SELECT} WHERE u.id = $1`, [r.id]))!);
    };
    return q ? run(q) : this.db.tx(run);
  }

  async updateUser(
    actor: number,
    id: number,
    change: { role?: Role; disabled?: boolean },
  ): Promise<AdminUser> {
    return this.db.tx(async (q) => {
      const before = one(await q.query<Row>(`${USER_SELECT} WHERE u.id = $1`, [id]));
      if (!before) throw notFound();
      if (change.role !== undefined) {
        if (change.role === 'organizer' && before.org_id == null)
          throw new ApiError(422, 'validation', 'An organizer needs an organization.', {
            role: 'an organizer needs an organization: invite them instead',
          });
        await q.query('UPDATE users SET role = $1 WHERE id = $2', [change.role, id]);
      }
      if (change.disabled !== undefined)
        await q.query('UPDATE users SET disabled = $1 WHERE id = $2', [change.disabled ? 1 : 0, id]);
      if ((await this.countActiveAdmins(q)) === 0) throw conflict('This would leave no active admin.');
      // A changed role or a disabled account ends every session of that user.
      await q.query('DELETE FROM sessions WHERE user_id = $1', [id]);
      await this.audit(q, actor, 'user.update', ['user', id], change);
      const r = one(await q.query<Row>(`${USER_SELECT} WHERE u.id = $1`, [id]))!;
      return { ...user(r), disabled: !!r.disabled, created_at: r.created_at as string };
    });
  }

  async createSession(userId: number, q?: Queryable): Promise<{ token: string; csrf: string }> {
    const token = randomToken();
    const csrf = randomToken();
    const t = this.clock();
    await (q ?? this.db).query(
      'INSERT INTO sessions (id_hash, user_id, csrf, created_at, expires_at) VALUES ($1, $2, $3, $4, $5)',
      [sha256(token), userId, csrf, new Date(t).toISOString(), new Date(t + SESSION_MS).toISOString()],
    );
    return { token, csrf };
  }

  /** The live session of a cookie value, extending it when less than half its lifetime is left. */
  async session(token: string): Promise<{ user: User; csrf: string } | undefined> {
    const hash = sha256(token);
    const r = one(
      await this.db.query<Row>(
        `SELECT s.csrf, s.expires_at, x.* FROM sessions s JOIN (${USER_SELECT}) x ON x.id = s.user_id WHERE s.id_hash = $1`,
        [hash],
      ),
    );
    if (!r || r.disabled || Date.parse(r.expires_at as string) <= this.clock()) return undefined;
    if (Date.parse(r.expires_at as string) - this.clock() < SESSION_MS / 2)
      await this.db.query('UPDATE sessions SET expires_at = $1 WHERE id_hash = $2', [
        new Date(this.clock() + SESSION_MS).toISOString(),
        hash,
      ]);
    return { user: user(r), csrf: r.csrf as string };
  }

  async deleteSession(token: string) {
    await this.db.query('DELETE FROM sessions WHERE id_hash = $1', [sha256(token)]);
  }

  async logAudit(
    actor: number | null,
    action: string,
    target: [string, string | number | null],
    detail?: unknown,
  ) {
    await this.db.tx((q) => this.audit(q, actor, action, target, detail));
  }

  // ── invitations ────────────────────────────────────────────────────────────────────────────────────

  async createInvitation(
    actor: number,
    i: { email: string; role: Role; organizationId: number | null },
  ): Promise<{ invitation: Row; token: string }> {
    const token = randomToken();
    const t = this.clock();
    return this.db.tx(async (q) => {
      const r = one(
        await q.query<{ id: number }>(
          'INSERT INTO invitations (token_hash, email, role, organization_id, created_by, created_at, expires_at) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id',
          [
            sha256(token),
            i.email.toLowerCase(),
            i.role,
            i.organizationId,
            actor,
            new Date(t).toISOString(),
            new Date(t + INVITATION_MS).toISOString(),
          ],
        ),
      )!;
      await this.audit(q, actor, 'invitation.create', ['invitation', r.id], {
        email: i.email.toLowerCase(),
        role: i.role,
        organization_id: i.organizationId,
      });
      return { invitation: (await this.invitations(q)).find((x) => x.id === r.id)!, token };
    });
  }

  async invitations(q: Queryable = this.db, tokenHash?: string): Promise<Row[]> {
    const r = await q.query<Row>(
      `SELECT i.id, i.email, i.role, i.created_at, i.expires_at, i.created_by,
        o.id AS org_id, o.name_zh AS org_name_zh, o.name_en AS org_name_en, o.url AS org_url
        FROM invitations i LEFT JOIN organizations o ON o.id = i.organization_id
        WHERE i.accepted_at IS NULL AND i.revoked_at IS NULL AND i.expires_at > $1 ${tokenHash ? 'AND i.token_hash = $2' : ''}
        ORDER BY i.id`,
      tokenHash ? [this.iso(), tokenHash] : [this.iso()],
    );
    return r.rows.map((x) => ({
      id: x.id,
      email: x.email,
      role: x.role,
      organization: x.org_id == null ? null : org(x),
      created_at: x.created_at,
      expires_at: x.expires_at,
      created_by: x.created_by,
    }));
  }

  async invitationByToken(token: string): Promise<Row | undefined> {
    return (await this.invitations(this.db, sha256(token)))[0];
  }

  async revokeInvitation(actor: number, id: number) {
    await this.db.tx(async (q) => {
      const r = await q.query(
        'UPDATE invitations SET revoked_at = $1 WHERE id = $2 AND accepted_at IS NULL AND revoked_at IS NULL',
        [this.iso(), id],
      );
      if (!r.changes) throw notFound();
      await this.audit(q, actor, 'invitation.revoke', ['invitation', id]);
    });
  }

  /** Creates the invited account and its session in one transaction; the invitation is used up. */
  async acceptInvitation(token: string, name: string, passwordHash: string) {
    return this.db.tx(async (q) => {
      const inv = (await this.invitations(q, sha256(token)))[0];
      if (!inv) throw notFound();
      const used = await q.query(
        'UPDATE invitations SET accepted_at = $1 WHERE id = $2 AND accepted_at IS NULL',
        [this.iso(), inv.id as number],
      );
      if (!used.changes) throw notFound();
      const organization = inv.organization as Organization | null;
      const u = await this.createUser(
        null,
        {
          email: inv.email as string,
          name,
          role: inv.role as Role,
          organizationId: organization?.id ?? null,
          passwordHash,
        },
        q,
      );
      await this.audit(q, u.id, 'invitation.accept', ['invitation', inv.id as number]);
      const session = await this.createSession(u.id, q);
      return { user: u, ...session };
    });
  }

  // ── events ─────────────────────────────────────────────────────────────────────────────────────────

  private async eventRows(q: Queryable, where: string, params: (string | number)[]): Promise<Row[]> {
    return (
      await q.query<Row>(
        `SELECT e.*, o.id AS org_id, o.name_zh AS org_name_zh, o.name_en AS org_name_en, o.url AS org_url
          FROM events e JOIN organizations o ON o.id = e.organization_id ${where} ORDER BY e.updated_at DESC, e.id`,
        params,
      )
    ).rows;
  }

  private async records(q: Queryable, rows: Row[]): Promise<EventRecord[]> {
    if (!rows.length) return [];
    const ids = rows.map((r) => r.id as string);
    const revs = (
      await q.query<Row>(
        `SELECT * FROM revisions WHERE event_id IN (${ids.map((_, i) => `$${i + 1}`).join(', ')}) ORDER BY id DESC`,
        ids,
      )
    ).rows;
    return rows.map((e) => {
      const mine = revs.filter((r) => r.event_id === e.id);
      const pub = mine.find((r) => r.id === e.published_revision);
      const work = mine.find((r) => r.id === e.working_revision);
      const working: WorkingRevision | null = work
        ? {
            revision: work.id as number,
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
    const rows =
      organizationId === undefined
        ? await this.eventRows(this.db, '', [])
        : await this.eventRows(this.db, 'WHERE e.organization_id = $1', [organizationId]);
    return this.records(this.db, rows);
  }

  async eventRecord(id: string, q: Queryable = this.db): Promise<EventRecord | undefined> {
    return (await this.records(q, await this.eventRows(q, 'WHERE e.id = $1', [id])))[0];
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

  async publishedEvent(id: string): Promise<ListingEvent | undefined> {
    const r = one(
      await this.db.query<{ payload: string }>(
        'SELECT r.payload FROM events e JOIN revisions r ON r.id = e.published_revision WHERE e.id = $1',
        [id],
      ),
    );
    return r && (JSON.parse(r.payload) as ListingEvent);
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
  ) {
    return this.db.tx(async (q) => {
      const rec = await this.eventRecord(id, q);
      if (!rec) throw notFound();
      if (rec.working?.state !== 'pending' || rec.working.revision !== revision)
        throw conflict('This revision is not the pending one (it was changed or already decided).');
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

  // ── audit ──────────────────────────────────────────────────────────────────────────────────────────

  async auditLog(limit: number, before?: number): Promise<AuditEntry[]> {
    const r = await this.db.query<Row>(
      `SELECT a.*, u.email AS actor_email FROM audit a LEFT JOIN users u ON u.id = a.actor_id
        ${before ? 'WHERE a.id < $2' : ''} ORDER BY a.id DESC LIMIT $1`,
      before ? [limit, before] : [limit],
    );
    return r.rows.map((x) => ({
      id: x.id as number,
      at: x.at as string,
      actor: x.actor_id == null ? null : { id: x.actor_id as number, email: x.actor_email as string },
      action: x.action as string,
      target_type: x.target_type as string,
      target_id: (x.target_id as string) ?? null,
      detail: JSON.parse(x.detail as string) as unknown,
    }));
  }

  /**
   * Everything, table by table, for the backup command: enough to rebuild the service (password hashes
   * included — they are scrypt hashes). Sessions are left out: a restore signs everyone out.
   */
  async exportAll(): Promise<Record<string, Row[]>> {
    const out: Record<string, Row[]> = {};
    for (const t of [
      'organizations',
      'users',
      'invitations',
      'events',
      'revisions',
      'venues',
      'audit',
      'migrations',
    ]) {
      out[t] = (await this.db.query<Row>(`SELECT * FROM ${t} ORDER BY 1`)).rows;
    }
    return out;
  }
}
