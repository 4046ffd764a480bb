/**
 * The admin forms' own checks (organization, invitation), run before anything is sent, and the server's
 * field codes (422 `codes`) read as the same problems, so both show in the page's language beside the
 * same field.
 */
import { LIMITS, type ApiFieldIssue, type Role } from '../../api/contract.ts';

export type AdminProblem = 'required' | 'tooLong' | 'url' | 'email' | 'organization' | 'other';

export interface OrganizationValues {
  name_zh: string;
  name_en: string;
  url: string;
}

/** The server's limits, from the API contract. */
export const NAME_ZH_MAX = LIMITS.organizationNameZh;
export const NAME_EN_MAX = LIMITS.organizationNameEn;

const HTTP_URL = /^https?:\/\/[^\s/?#]+[^\s]*$/i;
// Deliberately loose, like the server's: one @, something on both sides, a dot in the domain.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function checkOrganization(
  v: OrganizationValues,
): Partial<Record<keyof OrganizationValues, AdminProblem>> {
  const out: Partial<Record<keyof OrganizationValues, AdminProblem>> = {};
  const zh = v.name_zh.trim();
  const en = v.name_en.trim();
  if (!zh) out.name_zh = 'required';
  else if (zh.length > NAME_ZH_MAX) out.name_zh = 'tooLong';
  if (!en) out.name_en = 'required';
  else if (en.length > NAME_EN_MAX) out.name_en = 'tooLong';
  const url = v.url.trim();
  if (url && !HTTP_URL.test(url)) out.url = 'url';
  return out;
}

/** The organization to send: trimmed, and without `url` when none was given (the server refuses ""). */
export function organizationBody(v: OrganizationValues): { name_zh: string; name_en: string; url?: string } {
  const url = v.url.trim();
  return { name_zh: v.name_zh.trim(), name_en: v.name_en.trim(), ...(url ? { url } : {}) };
}

export interface InvitationValues {
  email: string;
  role: Role;
  /** An organization's id, `new` for one created with the invitation, or '' when none is chosen. */
  organization: string;
}

export function checkInvitation(
  v: InvitationValues,
): Partial<Record<'email' | 'organization', AdminProblem>> {
  const out: Partial<Record<'email' | 'organization', AdminProblem>> = {};
  const email = v.email.trim();
  if (!email) out.email = 'required';
  else if (email.length > LIMITS.email || !EMAIL.test(email)) out.email = 'email';
  if (v.role === 'organizer' && !v.organization) out.organization = 'organization';
  return out;
}

/** A field issue of the server's 422 (`codes`) as one of the admin forms' problems. */
export function problemOfIssue(i: ApiFieldIssue): AdminProblem {
  switch (i.code) {
    case 'required':
    case 'tooLong':
    case 'url':
    case 'email':
    case 'organization':
      return i.code;
    default:
      return 'other';
  }
}
