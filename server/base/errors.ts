/** The API's error shape (API.md, “Error”): thrown anywhere, turned into a response by app.ts. */
import type { ErrorCode } from '../../src/api/contract.ts';
import { issue, type FieldIssues } from '../../src/data/issues.ts';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    /** For `validation`: the issue at each dot path (sent as `fields` in English and `codes`). */
    readonly fields?: FieldIssues,
    /** More members of the error body (e.g. `events` of a refused venue retirement). */
    readonly extra?: Record<string, unknown>,
  ) {
    super(message);
  }
}

export const notFound = () => new ApiError(404, 'not_found', 'Not found.');
export const conflict = (m: string) => new ApiError(409, 'conflict', m);
export const invalid = (fields: FieldIssues) => {
  const n = Object.keys(fields).length;
  return new ApiError(422, 'validation', `The request has ${n} problem${n === 1 ? '' : 's'}.`, fields);
};

/** One field's issue as a 422. */
export const invalidField = (path: string, ...args: Parameters<typeof issue>) =>
  invalid({ [path]: issue(...args) });

/**
 * The log line for an error that means the disk is full (SQLite's SQLITE_FULL, the file system's ENOSPC,
 * PostgreSQL's 53100 disk_full), or undefined for any other error. The write was rolled back.
 */
export function storageFullMessage(error: { code?: unknown }): string | undefined {
  switch (error.code) {
    case 'SQLITE_FULL':
      return 'storage full: SQLite could not write (SQLITE_FULL); the change was rolled back. Free disk space where DATA_DIR is.';
    case 'ENOSPC':
      return 'storage full: no space left on the device (ENOSPC); the change was not saved. Free disk space.';
    case '53100':
      return 'storage full: PostgreSQL reports disk_full (53100); the change was rolled back. Free space on the database server.';
    default:
      return undefined;
  }
}
