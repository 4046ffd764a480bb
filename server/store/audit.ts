/**
 * The audit log: every change of every store writes its entry in the change's own transaction (`audit`),
 * so the change and its record of who did it commit together or not at all.
 */
import type { Db, Queryable } from '../db/db.ts';
import type { AuditEntry } from '../../src/api/contract.ts';
import type { Row } from './rows.ts';
import { systemClock, type Clock } from '../../src/data/clock.ts';

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

export class AuditStore {
  constructor(
    readonly db: Db,
    readonly clock: Clock = systemClock,
  ) {}

  /** An entry for something that changed no row (a sign-in, a failed sign-in, a sign-out). */
  async log(
    actor: number | null,
    action: string,
    target: [string, string | number | null],
    detail?: unknown,
  ) {
    await this.db.tx((q) => audit(q, new Date(this.clock()).toISOString(), actor, action, target, detail));
  }

  async entries(limit: number, before?: number): Promise<AuditEntry[]> {
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
}

/**
 * Everything, table by table, for the backup command: enough to rebuild the service (password hashes
 * included — they are scrypt hashes). Sessions are left out: a restore signs everyone out.
 */
export async function exportAll(db: Db): Promise<Record<string, Row[]>> {
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
  ])
    out[t] = (await db.query<Row>(`SELECT * FROM ${t} ORDER BY 1`)).rows;
  return out;
}
