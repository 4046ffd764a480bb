/** Row mappers shared by the stores: an organization or a user joined into a wider row. */
import { createHash } from 'node:crypto';
import type { Organization, Role, User } from '../../src/api/contract.ts';

export type Row = Record<string, unknown>;

/** A revision's `content_hash`: SHA-256 (base64url, 43 characters) of its stored event JSON. */
export const contentHash = (payload: string) => createHash('sha256').update(payload).digest('base64url');

export function org(r: Row, prefix = 'org_'): Organization {
  const o: Organization = {
    id: r[`${prefix}id`] as number,
    name_zh: r[`${prefix}name_zh`] as string,
    name_en: r[`${prefix}name_en`] as string,
  };
  if (r[`${prefix}url`]) o.url = r[`${prefix}url`] as string;
  return o;
}

export const USER_SELECT = `SELECT u.id, u.email, u.name, u.role, u.disabled, u.created_at, u.password_hash,
  o.id AS org_id, o.name_zh AS org_name_zh, o.name_en AS org_name_en, o.url AS org_url
  FROM users u LEFT JOIN organizations o ON o.id = u.organization_id`;

export function user(r: Row): User {
  return {
    id: r.id as number,
    email: r.email as string,
    name: r.name as string,
    role: r.role as Role,
    organization: r.org_id == null ? null : org(r),
  };
}
