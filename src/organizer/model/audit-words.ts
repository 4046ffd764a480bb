/**
 * One audit entry (server/API.md `AuditEntry`) in the page's words: the action's name, what it was done to,
 * and the useful part of its detail. Unknown actions and shapes are shown as the server wrote them, never
 * dropped; every value ends up as text.
 */
import type { AuditEntry, Role } from '../../api/client.ts';
import type { OrganizerStrings } from './strings.ts';

export interface AuditWords {
  action: string;
  target: string;
  detail: string;
}

const isRole = (x: unknown): x is Role => x === 'organizer' || x === 'moderator' || x === 'admin';

export function auditWords(entry: AuditEntry, t: OrganizerStrings): AuditWords {
  const a = t.admin;
  const action = a.actions[entry.action] ?? entry.action;
  const kind = a.targets[entry.target_type] ?? entry.target_type;
  const target =
    entry.target_id === null ? kind : `${kind} ${entry.target_type === 'event' ? '' : '#'}${entry.target_id}`;
  const d = (entry.detail ?? {}) as Record<string, unknown>;
  const parts: string[] = [];
  if (typeof d.email === 'string') parts.push(a.detail.email(d.email));
  if (isRole(d.role)) parts.push(a.detail.role(t.roles[d.role]));
  if (typeof d.organization_id === 'number') parts.push(a.detail.organization(d.organization_id));
  if (typeof d.disabled === 'boolean') parts.push(a.detail.disabled(d.disabled));
  if (typeof d.name_zh === 'string' || typeof d.name_en === 'string')
    parts.push([d.name_zh, d.name_en].filter((x) => typeof x === 'string').join(' / '));
  if (typeof d.revision === 'number') parts.push(a.detail.revision(d.revision));
  if (d.submitted === true) parts.push(a.detail.submitted);
  if (Array.isArray(d.fields) && d.fields.length) parts.push(a.detail.fields(d.fields.join(', ')));
  if (typeof d.reason === 'string') parts.push(a.detail.reason(d.reason));
  return { action, target, detail: parts.join(' · ') };
}
