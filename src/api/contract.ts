/**
 * The events service's contract (server/API.md), shared by the server and the organizer client: request
 * body schemas, the limits they hold, the records the API answers with, and the error codes. The server
 * validates with these schemas; the client imports the same limits and codes, so neither restates the
 * other. Node-safe: no DOM, no server code.
 */
import * as v from 'valibot';
import { CATEGORIES, LanguageTag, type ListingEvent } from '../listings/schema.ts';
import type { AdminVenue } from '../listings/admin-venue.ts';
import { noControlCharacters, type Confidence, type Source } from '../data/schema.ts';
import type { FieldIssue } from '../data/issues.ts';

export { FIELD_CODES, type FieldCode } from '../data/issues.ts';
/** A field problem as the API sends it in `codes`: the code and the limit it broke. */
export type ApiFieldIssue = Omit<FieldIssue, 'message'>;

// ── limits ─────────────────────────────────────────────────────────────────────────────────────────────

/** Largest JSON body of any route but the iCalendar import (bytes). */
export const BODY_LIMIT = 64 * 1024;
/** Largest body of `POST /api/my/import-ics` (bytes). */
export const ICS_BODY_LIMIT = 1.5 * 1024 * 1024;
export const LIMITS = {
  email: 254,
  name: 80,
  passwordMin: 10,
  passwordMax: 200,
  reason: 2000,
  organizationNameZh: 120,
  organizationNameEn: 160,
  filename: 200,
  auditPage: 500,
} as const;
export const SESSION_MS = 12 * 3_600_000;
export const INVITATION_MS = 7 * 86_400_000;

// ── records ────────────────────────────────────────────────────────────────────────────────────────────

export const ROLES = ['organizer', 'moderator', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export interface Organization {
  id: number;
  name_zh: string;
  name_en: string;
  url?: string;
}

export interface User {
  id: number;
  email: string;
  name: string;
  role: Role;
  organization: Organization | null;
}

export interface AdminUser extends User {
  disabled: boolean;
  created_at: string;
}

export interface Session {
  user: User | null;
  csrf: string;
}

export type ModerationState = 'draft' | 'pending' | 'approved' | 'rejected';
export type RevisionState = ModerationState | 'superseded' | 'discarded';

/**
 * `content_hash` of a revision: a hash of exactly the event content stored for it. Editing a pending
 * revision keeps its number but changes this hash, so an approval names both (`ApproveBody`) and is refused
 * (409) when the content is no longer what the moderator reviewed.
 */
export interface WorkingRevision {
  revision: number;
  content_hash: string;
  state: 'draft' | 'pending' | 'rejected';
  event: ListingEvent;
  created_at: string;
  updated_at: string;
  submitted_at: string | null;
  reviewed_at: string | null;
  reviewed_by: number | null;
  reason: string | null;
}

export interface EventRecord {
  id: string;
  organization: Organization;
  state: ModerationState;
  published: ListingEvent | null;
  working: WorkingRevision | null;
  feedback: {
    revision: number;
    state: 'approved' | 'rejected';
    reason: string | null;
    reviewed_at: string;
  }[];
  created_at: string;
  updated_at: string;
}

/** One field-level difference (`null` stands for absent). */
export interface Change {
  path: string;
  before: unknown;
  after: unknown;
}

export interface QueueItem {
  id: string;
  revision: number;
  /** The reviewed content's hash; send it back with the approval (WorkingRevision). */
  content_hash: string;
  organization: Organization;
  submitted_by: { id: number; name: string; email: string } | null;
  submitted_at: string | null;
  event: ListingEvent;
  published: ListingEvent | null;
  changes: Change[];
}

export interface AuditEntry {
  id: number;
  at: string;
  actor: { id: number; email: string } | null;
  action: string;
  target_type: string;
  target_id: string | null;
  detail: unknown;
}

/** `GET /api/invitations/:token`. */
export interface Invitation {
  email: string;
  role: Role;
  organization: Organization | null;
  expires_at: string;
}

/** An open invitation as the admin sees it (`GET /api/admin/invitations`). */
export interface AdminInvitation {
  id: number;
  email: string;
  role: Role;
  organization: Organization | null;
  created_at: string;
  expires_at: string;
  created_by: number;
}

/** One row of `GET /api/venues`. */
export interface ApiVenue {
  id: string;
  name_zh: string;
  name_en: string;
  position: [number, number];
  area: string;
  /** `geodata`: a heritage place; `admin`: a venue an admin added. */
  source?: 'geodata' | 'admin';
}

/** One row of `GET /api/admin/venues`. */
export type VenueListItem =
  | (AdminVenue & { source: 'admin' })
  | {
      source: 'geodata';
      id: string;
      name_zh: string;
      name_en: string;
      position: [number, number];
      area: string;
      sources: Source[];
      confidence: Confidence;
      retired: false;
    };

/** An upcoming approved event that keeps a venue from being retired. */
export interface BlockingEvent {
  id: string;
  title_zh: string;
  /** Absent when the event has no English title (see listings/event-text.ts). */
  title_en?: string;
  /** The next occurrence's start, ISO 8601 with offset. */
  next: string;
}

// ── errors ─────────────────────────────────────────────────────────────────────────────────────────────

/** The `error` member of every error body (API.md, “Error”). */
export const ERROR_CODES = [
  'invalid_json',
  'bad_request',
  'bad_cursor',
  'bad_range',
  'unauthenticated',
  'invalid_credentials',
  'csrf',
  'forbidden',
  'not_found',
  'conflict',
  'payload_too_large',
  'unsupported_media_type',
  'validation',
  'rate_limited',
  'storage_full',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ErrorBody {
  error: ErrorCode;
  /** English, for logs and curl; the UI words errors from `error` and `fields`. */
  message: string;
  /** For `validation`: dot path → English message (for people reading the raw answer). */
  fields?: Record<string, string>;
  /** For `validation`: dot path → the problem's code and limit; clients word errors from these. */
  codes?: Record<string, ApiFieldIssue>;
  /** A refused venue retirement names the events that keep the venue. */
  events?: BlockingEvent[];
}

// ── request bodies ─────────────────────────────────────────────────────────────────────────────────────

const text = (max: number) =>
  v.pipe(v.string(), v.trim(), v.minLength(1, 'required'), v.maxLength(max, `at most ${max} characters`));
const revision = v.pipe(v.number(), v.integer());

export const Email = v.pipe(
  v.string(),
  v.trim(),
  v.toLowerCase(),
  v.maxLength(LIMITS.email),
  v.email('must be an e-mail address'),
);
export const LoginBody = v.strictObject({
  email: v.pipe(v.string(), v.maxLength(LIMITS.email)),
  password: v.pipe(v.string(), v.maxLength(LIMITS.passwordMax)),
});
export const AcceptBody = v.strictObject({
  name: text(LIMITS.name),
  password: v.pipe(
    v.string(),
    v.minLength(LIMITS.passwordMin, `at least ${LIMITS.passwordMin} characters`),
    v.maxLength(LIMITS.passwordMax, `at most ${LIMITS.passwordMax} characters`),
  ),
});
export const EventBody = v.strictObject({
  event: v.unknown(),
  submit: v.optional(v.boolean()),
  revision: v.optional(revision),
});
const contentHash = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{20,64}$/, 'a content_hash from the API'));
/** An approval names the revision and the hash of the content the moderator reviewed. */
export const ApproveBody = v.strictObject({ revision, content_hash: contentHash });
export const ModeratorEditBody = v.strictObject({ revision, event: v.unknown() });
export const RejectBody = v.strictObject({
  revision,
  content_hash: v.optional(contentHash),
  reason: v.pipe(
    v.string(),
    v.trim(),
    v.minLength(1, 'give a reason'),
    v.maxLength(LIMITS.reason, `at most ${LIMITS.reason} characters`),
  ),
});
export const EmptyBody = v.optional(v.strictObject({}));
export const ImportBody = v.strictObject({
  ics: v.pipe(v.string(), v.minLength(1, 'required')),
  filename: v.optional(v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(LIMITS.filename))),
  default_category: v.optional(v.picklist(CATEGORIES)),
  languages: v.optional(v.pipe(v.array(LanguageTag), v.minLength(1))),
});
export const OrganizationBody = v.strictObject({
  name_zh: text(LIMITS.organizationNameZh),
  name_en: text(LIMITS.organizationNameEn),
  url: v.optional(
    v.pipe(
      v.string(),
      noControlCharacters,
      v.url('must be a URL'),
      v.regex(/^https?:\/\//, 'must be http(s)'),
    ),
  ),
});
export const InvitationBody = v.strictObject({
  email: Email,
  role: v.picklist(ROLES),
  organization_id: v.optional(v.pipe(v.number(), v.integer())),
});
export const UserPatchBody = v.strictObject({
  role: v.optional(v.picklist(ROLES)),
  disabled: v.optional(v.boolean()),
});
