/** Sessions: a random token in the cookie, only its hash in the table, and a CSRF token per session. */
import type { Db, Queryable } from '../db/db.ts';
import { one } from '../db/db.ts';
import { SESSION_MS, type User } from '../../src/api/contract.ts';
import { randomToken, sha256 } from '../base/passwords.ts';
import { USER_SELECT, user, type Row } from './rows.ts';
import { systemClock, type Clock } from '../../src/data/clock.ts';

export class SessionStore {
  constructor(
    readonly db: Db,
    readonly clock: Clock = systemClock,
  ) {}

  async create(userId: number, q?: Queryable): Promise<{ token: string; csrf: string }> {
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
  async get(token: string): Promise<{ user: User; csrf: string } | undefined> {
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

  async delete(token: string) {
    await this.db.query('DELETE FROM sessions WHERE id_hash = $1', [sha256(token)]);
  }
}
