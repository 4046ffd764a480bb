import { describe, expect, test } from 'vitest';
import type { AuditEntry } from '../../../../src/api/client.ts';
import { auditWords } from '../../../../src/organizer/model/audit-words.ts';
import { ORGANIZER_STRINGS } from '../../../../src/organizer/model/strings.ts';

const entry = (over: Partial<AuditEntry>): AuditEntry => ({
  id: 7,
  at: '2026-11-28T03:00:00.000Z',
  actor: { id: 1, email: 'admin@example.org' },
  action: 'user.update',
  target_type: 'user',
  target_id: '3',
  detail: {},
  ...over,
});

describe('audit words', () => {
  test('a role change reads as the action, its target and the new role, in each language', () => {
    const e = entry({ detail: { role: 'moderator' } });
    expect(auditWords(e, ORGANIZER_STRINGS.en)).toEqual({
      action: 'Account changed',
      target: 'User #3',
      detail: 'role: Moderator',
    });
    expect(auditWords(e, ORGANIZER_STRINGS.zh)).toEqual({
      action: '修改账户',
      target: '用户 #3',
      detail: '角色：审核员',
    });
  });

  test('an event change names the event id, its revision and the changed fields', () => {
    const e = entry({
      action: 'event.update',
      target_type: 'event',
      target_id: 'song-tea',
      detail: { revision: 4, submitted: true, fields: ['title_en', 'start'] },
    });
    expect(auditWords(e, ORGANIZER_STRINGS.en)).toEqual({
      action: 'Event edited',
      target: 'Event song-tea',
      detail: 'revision 4 · and submitted · fields: title_en, start',
    });
  });

  test('every action the server writes has a name in both languages', () => {
    const actions = [
      'event.create',
      'event.update',
      'event.moderator_edit',
      'event.submit',
      'event.approve',
      'event.reject',
      'event.discard',
      'user.login',
      'user.login_failed',
      'user.logout',
      'user.create',
      'user.update',
      'invitation.create',
      'invitation.revoke',
      'invitation.accept',
      'organization.create',
    ];
    for (const lang of ['zh', 'en'] as const)
      for (const action of actions)
        expect(ORGANIZER_STRINGS[lang].admin.actions[action], `${lang} ${action}`).toBeTruthy();
  });

  test('an unknown action and target type are shown as the server wrote them', () => {
    const w = auditWords(
      entry({ action: 'venue.create', target_type: 'venue', target_id: null }),
      ORGANIZER_STRINGS.en,
    );
    expect(w).toEqual({ action: 'venue.create', target: 'venue', detail: '' });
  });

  test('a disable and a failed sign-in keep their e-mail and state as plain text', () => {
    expect(auditWords(entry({ detail: { disabled: true } }), ORGANIZER_STRINGS.en).detail).toBe('disabled');
    const failed = entry({
      action: 'user.login_failed',
      actor: null,
      target_id: null,
      detail: { email: '<img src=x onerror=alert(1)>@x.org', ip: '127.0.0.1' },
    });
    expect(auditWords(failed, ORGANIZER_STRINGS.en).detail).toBe(
      'e-mail: <img src=x onerror=alert(1)>@x.org',
    );
  });
});
