import { describe, expect, test } from 'vitest';
import type { AdminUser } from '../../../../src/api/client.ts';
import {
  needsConfirmation,
  roleChoices,
  selfLockout,
} from '../../../../src/organizer/model/people-changes.ts';

const person = (id: number, role: AdminUser['role'], withOrg = false): AdminUser => ({
  id,
  email: `p${id}@example.org`,
  name: `Person ${id}`,
  role,
  organization: withOrg ? { id: 1, name_zh: '剧社', name_en: 'Club' } : null,
  disabled: false,
  created_at: '2026-11-01T00:00:00.000Z',
});

describe('people changes', () => {
  test('only someone in an organization can be made an organizer', () => {
    expect(roleChoices(person(2, 'moderator'))).toEqual(['moderator', 'admin']);
    expect(roleChoices(person(3, 'organizer', true))).toEqual(['organizer', 'moderator', 'admin']);
  });

  test('an admin giving up their own admin role or disabling themselves is a lockout', () => {
    const me = person(1, 'admin');
    expect(selfLockout(1, me, { role: 'moderator' })).toBe('demote');
    expect(selfLockout(1, me, { disabled: true })).toBe('disable');
    expect(selfLockout(1, me, { role: 'admin' })).toBeUndefined();
  });

  test('changing someone else is never a lockout of the admin', () => {
    expect(selfLockout(1, person(2, 'admin'), { role: 'moderator' })).toBeUndefined();
    expect(selfLockout(1, person(2, 'admin'), { disabled: true })).toBeUndefined();
  });

  test('a role change or a disable asks first; enabling and keeping the same role do not', () => {
    const p = person(2, 'moderator');
    expect(needsConfirmation(p, { role: 'admin' })).toBe(true);
    expect(needsConfirmation(p, { role: 'moderator' })).toBe(false);
    expect(needsConfirmation(p, { disabled: true })).toBe(true);
    expect(needsConfirmation({ ...p, disabled: true }, { disabled: false })).toBe(false);
  });
});
