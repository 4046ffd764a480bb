/**
 * Organizations, user accounts and invitations. Accepting an invitation creates the account and its first
 * session in one transaction, and uses the invitation up.
 */
import type { Db, Queryable } from '../db/db.ts';
import { one } from '../db/db.ts';
import {
  INVITATION_MS,
  type AdminInvitation,
  type AdminUser,
  type Organization,
  type Role,
  type User,
} from '../../src/api/contract.ts';
import { conflict, invalidField, notFound } from '../base/errors.ts';
import { randomToken, sha256 } from '../base/passwords.ts';
import { audit, type AuditArgs } from './audit.ts';
import { systemClock, type Clock } from '../../src/data/clock.ts';
import type { SessionStore } from './sessions.ts';
import { USER_SELECT, org, user, type Row } from './rows.ts';

export class PeopleStore {
  constructor(
    readonly db: Db,
    private readonly sessions: SessionStore,
    /** Every time the store writes or compares (invitations, audit) comes from here. */
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

  // ── users ──────────────────────────────────────────────────────────────────────────────────────────

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
          throw invalidField(
            'role',
            'organization',
            'an organizer needs an organization: invite them instead',
          );
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

  // ── invitations ────────────────────────────────────────────────────────────────────────────────────

  async createInvitation(
    actor: number,
    i: { email: string; role: Role; organizationId: number | null },
  ): Promise<{ invitation: AdminInvitation; token: string }> {
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

  /** Open invitations (not accepted, revoked or expired); with `tokenHash`, the one of that token. */
  async invitations(q: Queryable = this.db, tokenHash?: string): Promise<AdminInvitation[]> {
    const r = await q.query<Row>(
      `SELECT i.id, i.email, i.role, i.created_at, i.expires_at, i.created_by,
        o.id AS org_id, o.name_zh AS org_name_zh, o.name_en AS org_name_en, o.url AS org_url
        FROM invitations i LEFT JOIN organizations o ON o.id = i.organization_id
        WHERE i.accepted_at IS NULL AND i.revoked_at IS NULL AND i.expires_at > $1 ${tokenHash ? 'AND i.token_hash = $2' : ''}
        ORDER BY i.id`,
      tokenHash ? [this.iso(), tokenHash] : [this.iso()],
    );
    return r.rows.map((x) => ({
      id: x.id as number,
      email: x.email as string,
      role: x.role as Role,
      organization: x.org_id == null ? null : org(x),
      created_at: x.created_at as string,
      expires_at: x.expires_at as string,
      created_by: x.created_by as number,
    }));
  }

  async invitationByToken(token: string): Promise<AdminInvitation | undefined> {
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
        [this.iso(), inv.id],
      );
      if (!used.changes) throw notFound();
      const u = await this.createUser(
        null,
        {
          email: inv.email,
          name,
          role: inv.role,
          organizationId: inv.organization?.id ?? null,
          passwordHash,
        },
        q,
      );
      await this.audit(q, u.id, 'invitation.accept', ['invitation', inv.id]);
      const session = await this.sessions.create(u.id, q);
      return { user: u, ...session };
    });
  }
}
