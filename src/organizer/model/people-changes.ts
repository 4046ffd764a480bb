/**
 * What the admin may change on an account, and which changes lock the admin out. The server has the last
 * word (an organizer needs an organization: 422; no active admin left: 409); these rules keep the page from
 * offering what it would refuse and decide when to ask first.
 */
import type { AdminUser, Role } from '../../api/client.ts';

/** Every role, in the order the page offers them (a value import of the server's list would bundle it). */
export const ROLE_ORDER = ['organizer', 'moderator', 'admin'] as const satisfies readonly Role[];

/** The roles `user` can be given: organizer only for someone who belongs to an organization. */
export function roleChoices(user: AdminUser): Role[] {
  return ROLE_ORDER.filter((r) => r !== 'organizer' || user.organization !== null);
}

export type UserChange = { role: Role } | { disabled: boolean };

/**
 * How a change would affect the signed-in admin (`me`): `demote` (they lose the admin's rights) or
 * `disable` (they can no longer sign in), both of which also end their session; undefined when it does not
 * touch their own access.
 */
export function selfLockout(
  me: number,
  target: AdminUser,
  change: UserChange,
): 'demote' | 'disable' | undefined {
  if (target.id !== me) return undefined;
  if ('role' in change) return change.role !== 'admin' && target.role === 'admin' ? 'demote' : undefined;
  return change.disabled ? 'disable' : undefined;
}

/** Every change except enabling someone else asks first: it signs the person out at once. */
export function needsConfirmation(target: AdminUser, change: UserChange): boolean {
  if ('role' in change) return change.role !== target.role;
  return change.disabled;
}
