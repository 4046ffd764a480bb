/**
 * The one query layer both storage backends implement. SQL is written once, in the subset SQLite 3.35+ and
 * PostgreSQL 15 share (`$1` placeholders, `RETURNING`, `CAST(count(*) AS INTEGER)`), with ISO 8601 UTC
 * timestamps stored as TEXT and booleans as INTEGER 0/1 so both backends return the same JS values.
 */
export type Param = string | number | null;

export interface Result<T> {
  rows: T[];
  /** Rows written by an INSERT / UPDATE / DELETE. */
  changes: number;
}

export interface Queryable {
  query<T = Record<string, unknown>>(sql: string, params?: readonly Param[]): Promise<Result<T>>;
}

export interface Db extends Queryable {
  readonly kind: 'sqlite' | 'postgres';
  /**
   * Runs `fn` in one transaction: committed when it resolves, rolled back when it throws. Use the handle it
   * is given, not the Db, inside. Acknowledge a write to a client only after this resolves: that is the
   * point at which it is durable.
   */
  tx<T>(fn: (q: Queryable) => Promise<T>): Promise<T>;
  /** Runs a script of several statements (migrations). */
  exec(sql: string): Promise<void>;
  close(): Promise<void>;
}

export const one = <T>(r: Result<T>): T | undefined => r.rows[0];
