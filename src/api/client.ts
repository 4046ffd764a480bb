/**
 * A typed client of the events service (server/API.md). One instance per page, owned by <organizer-app>;
 * it keeps the CSRF token of the latest session answer and sends it on every write.
 *
 * Every failure is an `ApiError` with the server's stable `error` code (or `network` when no answer came),
 * so the UI words the message itself in zh or en and shows `fields` next to the fields.
 */
import type { Category, ListingEvent } from '../listings/schema.ts';
import type { ImportProblem } from '../listings/ical-import.ts';
import type {
  AdminUser,
  ApiFieldIssue,
  AuditEntry,
  BlockingEvent,
  ErrorCode as ServerErrorCode,
  Organization,
  Role,
  User,
  VenueListItem,
} from './contract.ts';

// The account and error shapes are the server's own (type-only imports: nothing of the server is bundled).
export type {
  AdminUser,
  ApiFieldIssue,
  AuditEntry,
  BlockingEvent,
  Organization,
  Role,
  User,
  VenueListItem,
} from './contract.ts';
export type { AdminVenue } from '../listings/admin-venue.ts';
import type { AdminVenue } from '../listings/admin-venue.ts';
export type ModerationState = 'draft' | 'pending' | 'approved' | 'rejected';

export interface Revision {
  revision: number;
  /** Hash of this revision's content; an approval sends it back (API.md, Moderation). */
  content_hash: string;
  state: Exclude<ModerationState, 'approved'>;
  event: ListingEvent;
  created_at: string;
  updated_at: string;
  submitted_at: string | null;
  reviewed_at: string | null;
  reason: string | null;
}

export interface EventRecord {
  id: string;
  organization: Organization;
  state: ModerationState;
  published: ListingEvent | null;
  working: Revision | null;
  feedback: { revision: number; state: ModerationState; reason: string | null; reviewed_at: string }[];
  created_at: string;
  updated_at: string;
}

export interface Change {
  path: string;
  before: unknown;
  after: unknown;
}

export interface QueueItem {
  id: string;
  revision: number;
  content_hash: string;
  organization: Organization;
  submitted_by: { id: number; name: string; email: string };
  submitted_at: string;
  event: ListingEvent;
  published: ListingEvent | null;
  changes: Change[];
}

export interface ApiVenue {
  id: string;
  name_zh: string;
  name_en: string;
  position: [number, number];
  area: string;
  /** `geodata`: a heritage place; `admin`: a venue an admin added. */
  source?: 'geodata' | 'admin';
}

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

/** The server's codes, less `internal` (a 5xx reads as `server`), plus `network` when no answer came. */
export type ErrorCode = Exclude<ServerErrorCode, 'internal'> | 'network' | 'server';

export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly status: number,
    message: string,
    /** Dot path → the problem's code (and limit), for `validation`: the UI words it, never the English. */
    readonly fields: Readonly<Record<string, ApiFieldIssue>> = {},
    /** Seconds, for `rate_limited`. */
    readonly retryAfter?: number,
    /** Further members of the error body, e.g. `events` of a refused venue retirement. */
    readonly body: Readonly<{ events?: BlockingEvent[] }> = {},
  ) {
    super(message);
  }
}

interface Session {
  user: User | null;
  csrf: string;
}

export class ApiClient {
  private csrf = '';

  /** `base` is the site root the API lives under (the page's own origin in production). */
  constructor(private readonly base: string = document.baseURI) {}

  private async request<T>(method: string, path: string, body?: unknown): Promise<T> {
    let res: Response;
    try {
      res = await fetch(new URL(path, this.base), {
        method,
        credentials: 'same-origin',
        headers: {
          Accept: 'application/json',
          ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}),
          ...(method !== 'GET' ? { 'X-CSRF-Token': this.csrf } : {}),
        },
        body: body !== undefined ? JSON.stringify(body) : undefined,
      });
    } catch (e) {
      throw new ApiError('network', 0, (e as Error).message);
    }
    if (res.status === 204) return undefined as T;
    const json = (await res.json().catch(() => undefined)) as
      | {
          error?: ErrorCode;
          message?: string;
          codes?: Record<string, ApiFieldIssue>;
          events?: BlockingEvent[];
        }
      | undefined;
    if (!res.ok) {
      const retry = Number(res.headers.get('Retry-After'));
      throw new ApiError(
        json?.error ?? (res.status >= 500 ? 'server' : 'bad_request'),
        res.status,
        json?.message ?? res.statusText,
        json?.codes,
        Number.isFinite(retry) && retry > 0 ? retry : undefined,
        json ?? {},
      );
    }
    if (json && typeof json === 'object' && 'csrf' in json) this.csrf = String(json.csrf);
    return json as T;
  }

  session = () => this.request<Session>('GET', 'api/auth/session');
  login = (email: string, password: string) =>
    this.request<Session>('POST', 'api/auth/login', { email, password });
  logout = () => this.request<Session>('POST', 'api/auth/logout', {});
  invitation = (token: string) =>
    this.request<Invitation>('GET', `api/invitations/${encodeURIComponent(token)}`);
  acceptInvitation = (token: string, name: string, password: string) =>
    this.request<Session>('POST', `api/invitations/${encodeURIComponent(token)}/accept`, { name, password });

  venues = () => this.request<ApiVenue[]>('GET', 'api/venues');

  myEvents = () => this.request<EventRecord[]>('GET', 'api/my/events');
  createEvent = (event: unknown, submit: boolean) =>
    this.request<EventRecord>('POST', 'api/my/events', { event, submit });
  updateEvent = (id: string, event: unknown, submit: boolean, revision?: number) =>
    this.request<EventRecord>('PUT', `api/my/events/${encodeURIComponent(id)}`, { event, submit, revision });
  importIcs = (ics: string, filename: string, defaultCategory?: Category) =>
    this.request<{ events: ListingEvent[]; problems: ImportProblem[] }>('POST', 'api/my/import-ics', {
      ics,
      filename,
      ...(defaultCategory ? { default_category: defaultCategory } : {}),
    });

  /** 204 (undefined) when the event had never been approved and is gone; else the record without its draft. */
  discardDraft = (id: string) =>
    this.request<EventRecord | undefined>('DELETE', `api/my/events/${encodeURIComponent(id)}/draft`);

  queue = () => this.request<QueueItem[]>('GET', 'api/moderation/queue');
  moderatorUpdate = (id: string, revision: number, event: unknown) =>
    this.request<EventRecord>('PUT', `api/moderation/events/${encodeURIComponent(id)}`, { revision, event });
  approve = (id: string, revision: number, contentHash: string) =>
    this.request<EventRecord>('POST', `api/moderation/events/${encodeURIComponent(id)}/approve`, {
      revision,
      content_hash: contentHash,
    });
  reject = (id: string, revision: number, reason: string, contentHash?: string) =>
    this.request<EventRecord>('POST', `api/moderation/events/${encodeURIComponent(id)}/reject`, {
      revision,
      reason,
      ...(contentHash ? { content_hash: contentHash } : {}),
    });

  organizations = () => this.request<Organization[]>('GET', 'api/admin/organizations');
  createOrganization = (o: Omit<Organization, 'id'>) =>
    this.request<Organization>('POST', 'api/admin/organizations', o);
  invitations = () => this.request<AdminInvitation[]>('GET', 'api/admin/invitations');
  createInvitation = (email: string, role: Role, organizationId?: number) =>
    this.request<{ invitation: AdminInvitation; token: string }>('POST', 'api/admin/invitations', {
      email,
      role,
      ...(organizationId !== undefined ? { organization_id: organizationId } : {}),
    });
  revokeInvitation = (id: number) => this.request<undefined>('DELETE', `api/admin/invitations/${id}`);
  users = () => this.request<AdminUser[]>('GET', 'api/admin/users');
  updateUser = (id: number, change: { role?: Role; disabled?: boolean }) =>
    this.request<AdminUser>('PATCH', `api/admin/users/${id}`, change);
  audit = (limit: number, before?: number) =>
    this.request<AuditEntry[]>(
      'GET',
      `api/admin/audit?limit=${limit}${before !== undefined ? `&before=${before}` : ''}`,
    );
  adminVenues = () => this.request<VenueListItem[]>('GET', 'api/admin/venues');
  createVenue = (body: unknown) => this.request<AdminVenue>('POST', 'api/admin/venues', body);
  updateVenue = (id: string, body: unknown) =>
    this.request<AdminVenue>('PUT', `api/admin/venues/${encodeURIComponent(id)}`, body);
  retireVenue = (id: string, retire: boolean) =>
    this.request<AdminVenue>(
      'POST',
      `api/admin/venues/${encodeURIComponent(id)}/${retire ? 'retire' : 'restore'}`,
      {},
    );
}
