/**
 * The one line `npm start` prints when the database cannot be opened, instead of a stack: what failed,
 * where, and what to change. Anything unrecognised is named by its code and message.
 */
import type { Config } from './config.ts';

export function startupProblem(e: { code?: string; message?: string }, config: Config): string {
  const where = config.databaseUrl ? 'the PostgreSQL server of DATABASE_URL' : `DATA_DIR (${config.dataDir})`;
  switch (e.code) {
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
    case 'SQLITE_READONLY':
    case 'SQLITE_CANTOPEN':
    case 'SQLITE_PERM':
      return `${where} is not writable (${e.code}): make it writable by this user, or set DATA_DIR to a folder that is.`;
    case 'ENOTDIR':
    case 'EEXIST':
      return `${where} is not a folder (${e.code}): set DATA_DIR to a folder.`;
    case 'ENOSPC':
    case 'SQLITE_FULL':
      return `${where} has no space left (${e.code}): free disk space.`;
    case 'ECONNREFUSED':
    case 'ENOTFOUND':
    case '28P01':
    case '3D000':
      return `${where} cannot be reached or refused us (${e.code}): check DATABASE_URL.`;
    default:
      return `${where}: ${e.code ? `${e.code} ` : ''}${(e.message ?? String(e)).split('\n')[0]}`;
  }
}
