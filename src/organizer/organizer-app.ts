/**
 * Over 500 lines on purpose: the organizer page's shell renders its six views (sign-in, my events, form,
 * queue, people, venues) and makes every API call for them; the views are elements in ui/, the checks in
 * model/, the styles in organizer-app.styles.ts.
 */
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { loadAppData, type AppData } from '../data/load.ts';
import { HTML_LANG, resolveLang, textLang, type Lang } from '../i18n/lang.ts';
import { TRANSLATIONS } from '../i18n/translations.ts';
import type { ImportProblem } from '../listings/ical-import.ts';
import type { ListingEvent } from '../listings/schema.ts';
import { buildGraph, type Graph, type NetworkCollection } from '../walks/graph.ts';
import {
  ApiClient,
  ApiError,
  type AdminInvitation,
  type AdminUser,
  type ApiVenue,
  type AuditEntry,
  type EventRecord,
  type Invitation,
  type Organization,
  type QueueItem,
  type User,
} from '../api/client.ts';
import './ui/admin-audit.ts';
import type { AdminAudit } from './ui/admin-audit.ts';
import type {
  InvitationCreateEvent,
  InvitationRevokeEvent,
  OrganizationCreateEvent,
  UserChangeEvent,
} from '../events/admin.ts';
import './ui/admin-invitations.ts';
import type { AdminInvitations, CreatedInvitation } from './ui/admin-invitations.ts';
import './ui/admin-organizations.ts';
import type { AdminOrganizations } from './ui/admin-organizations.ts';
import './ui/admin-people.ts';
import { invitationLink } from './model/invitation-link.ts';
import { emptyDraft, type EventDraft } from './model/draft.ts';
import type {
  DraftDiscardEvent,
  DraftOpenEvent,
  EventSaveEvent,
  IcsFileEvent,
  InviteAcceptEvent,
  ModerateEvent,
  SignInEvent,
} from '../events/organizer.ts';
import './ui/event-form.ts';
import './ui/ics-import.ts';
import type { IcsImport } from './ui/ics-import.ts';
import './ui/moderation-queue.ts';
import type { ModerationQueue } from './ui/moderation-queue.ts';
import './ui/my-events.ts';
import './ui/sign-in-form.ts';
import type { SignInForm } from './ui/sign-in-form.ts';
import { ORGANIZER_STRINGS, type OrganizerStrings } from './model/strings.ts';
import type { AdminVenue, BlockingEvent, VenueListItem } from '../api/client.ts';
import { draftFromVenue, emptyVenueDraft, type VenueDraft } from './model/venue-draft.ts';
import type { VenueOpenEvent, VenueRetireEvent, VenueSaveEvent } from '../events/venues.ts';
import { VENUE_STRINGS, type VenueStrings } from './model/venue-strings.ts';
import './ui/venue-admin.ts';
import './ui/venue-form.ts';
import type { ApiFieldIssue } from '../api/contract.ts';
import { organizerAppStyles } from './organizer-app.styles.ts';
import { eventTitle } from '../listings/event-text.ts';

type View = 'mine' | 'form' | 'import' | 'queue' | 'people' | 'audit' | 'venues';
/** Views named in the URL (`#view=`); the others open from the page. */
const URL_VIEWS: readonly View[] = ['queue', 'import', 'people', 'audit', 'venues'];
const ADMIN_VIEWS: readonly View[] = ['people', 'audit', 'venues'];
/** Audit entries per page. */
const AUDIT_PAGE = 50;

/** What the admin's views show, and the server's last field messages for their two forms. */
interface AdminState {
  organizations: Organization[];
  invitations: AdminInvitation[];
  users: AdminUser[];
  audit: AuditEntry[];
  auditMore: boolean;
  created?: CreatedInvitation;
  orgFields: Readonly<Record<string, ApiFieldIssue>>;
  inviteFields: Readonly<Record<string, ApiFieldIssue>>;
}

const EMPTY_ADMIN: AdminState = {
  organizations: [],
  invitations: [],
  users: [],
  audit: [],
  auditMore: false,
  orgFields: {},
  inviteFields: {},
};

/** The open venue form (admin): the venue it edits (none: a new one) and the server's field messages. */
interface VenueFormState {
  draft: VenueDraft;
  id?: string;
  serverFields: Readonly<Record<string, ApiFieldIssue>>;
}

/** The open form: what it started from, where it saves, and the server's last field messages. */
interface FormState {
  draft: EventDraft;
  target?: { id: string; revision?: number };
  serverFields: Readonly<Record<string, ApiFieldIssue>>;
}

const LANG_KEY = 'song-heritage-map:lang';

function savedLang(): string | null {
  try {
    return localStorage.getItem(LANG_KEY);
  } catch {
    return null;
  }
}

/**
 * The organizer and moderator page (organize.html): signs in, then shows an organizer their events, the
 * event form with its live preview and the .ics import, and a moderator the queue. It owns the session, the
 * loaded records and the open form, and is the only part that talks to the server (through ApiClient).
 *
 * Nothing typed is lost: the open form's draft is kept here across failed requests, an expired session
 * (sign in again, the form comes back) and language switches.
 *
 * URL: `#lang=en&view=queue`; an invitation link is `#invite=<token>`.
 *
 * @summary Organizer and moderator application.
 */
export class OrganizerApp extends LitElement {
  static properties = {
    lang: { state: true },
    user: { state: true },
    invitation: { state: true },
    view: { state: true },
    records: { state: true },
    queue: { state: true },
    venues: { state: true },
    data: { state: true },
    graph: { state: true },
    form: { state: true },
    report: { state: true },
    error: { state: true },
    notice: { state: true },
    busy: { state: true },
    admin: { state: true },
    adminVenues: { state: true },
    venueForm: { state: true },
    venueRefusal: { state: true },
  };

  declare lang: Lang;
  /** undefined while the session is being asked for; null when signed out. */
  declare user: User | null | undefined;
  declare invitation: Invitation | undefined;
  declare view: View;
  declare records: EventRecord[];
  declare queue: QueueItem[];
  declare venues: ApiVenue[];
  declare data: AppData | undefined;
  /** The walking network, for drawing a route along the lanes (loaded after the map data; optional). */
  declare graph: Graph | undefined;
  declare form: FormState | undefined;
  declare report: { events: ListingEvent[]; problems: ImportProblem[] } | undefined;
  /** What went wrong, worded in the page's language. */
  declare error: string | undefined;
  /** What just happened (saved, approved…), announced politely. */
  declare notice: string | undefined;
  declare busy: boolean;
  declare admin: AdminState;
  /** Admin: every venue (geodata's, read-only, and the added ones). */
  declare adminVenues: VenueListItem[];
  declare venueForm: VenueFormState | undefined;
  /** Admin: the last refused retirement, shown beside the venue. */
  declare venueRefusal: { id: string; events: BlockingEvent[] } | undefined;

  private readonly api = new ApiClient();
  private inviteToken: string | undefined;
  /** The last failure `call` reported, for handlers that need its details. */
  private lastError: ApiError | undefined;

  constructor() {
    super();
    const params = new URLSearchParams(location.hash.slice(1));
    // The organizer's pages are Simplified and English: a Traditional choice made in the app reads Simplified.
    this.lang = textLang(
      resolveLang(params.get('lang') ?? undefined, savedLang(), navigator.languages ?? []),
    );
    const view = params.get('view');
    this.view = URL_VIEWS.find((v) => v === view) ?? 'mine';
    this.inviteToken = params.get('invite') ?? undefined;
    this.records = [];
    this.queue = [];
    this.venues = [];
    this.busy = false;
    this.admin = EMPTY_ADMIN;
    this.adminVenues = [];
  }

  get t(): OrganizerStrings {
    return ORGANIZER_STRINGS[this.lang];
  }

  connectedCallback(): void {
    super.connectedCallback();
    void this.start();
  }

  private async start() {
    try {
      const { user } = await this.api.session();
      if (!user && this.inviteToken) this.invitation = await this.api.invitation(this.inviteToken);
      this.user = user;
      if (user) await this.signedIn(user);
    } catch (e) {
      this.user = null;
      this.fail(e);
    }
  }

  /** The message for a failed request, in the page's language. */
  private wording(e: unknown): string {
    const t = this.t.errors;
    if (!(e instanceof ApiError)) return t.server;
    switch (e.code) {
      case 'invalid_credentials':
        return t.wrongPassword;
      case 'rate_limited':
        return t.rateLimited(e.retryAfter);
      case 'unauthenticated':
        return t.sessionExpired;
      case 'forbidden':
      case 'csrf':
        return t.forbidden;
      case 'not_found':
        return this.inviteToken && !this.user ? t.invite : t.notFound;
      case 'conflict':
        return this.inviteToken && !this.user ? t.inviteUsed : t.conflict;
      case 'validation':
        return t.invalid;
      case 'payload_too_large':
        return t.tooLarge;
      case 'storage_full':
        return t.storageFull;
      case 'network':
        return t.network;
      default:
        return t.server;
    }
  }

  private fail(e: unknown) {
    this.lastError = e instanceof ApiError ? e : undefined;
    this.error = this.wording(e);
    this.notice = undefined;
    if (e instanceof ApiError && e.code === 'unauthenticated') this.user = null;
  }

  /**
   * Runs a request, refreshing the CSRF token once if the server refused it as stale. Returns undefined
   * (after showing the error) when it failed.
   */
  private async call<T>(request: () => Promise<T>): Promise<T | undefined> {
    this.busy = true;
    this.error = undefined;
    this.lastError = undefined;
    try {
      try {
        return await request();
      } catch (e) {
        if (!(e instanceof ApiError && e.code === 'csrf')) throw e;
        const { user } = await this.api.session();
        if (!user && this.user) throw new ApiError('unauthenticated', 401, 'session ended');
        return await request();
      }
    } catch (e) {
      this.fail(e);
      return undefined;
    } finally {
      this.busy = false;
    }
  }

  private isModerator(user = this.user) {
    return user?.role === 'moderator' || user?.role === 'admin';
  }

  private async signedIn(user: User) {
    this.user = user;
    this.invitation = undefined;
    const adminView = user.role === 'admin' && ADMIN_VIEWS.includes(this.view);
    if (this.isModerator(user) && this.view !== 'form' && !adminView) this.view = 'queue';
    if (!this.isModerator(user) && this.view !== 'form' && this.view !== 'import') this.view = 'mine';
    const [loaded] = await Promise.all([this.refresh(), this.loadVenues()]);
    // A first-time organizer (no events yet, and the list did load) starts on the new-event form.
    if (!this.isModerator(user) && this.view === 'mine' && loaded && !this.records.length) {
      this.newEvent();
      this.notice = this.t.firstEvent;
    }
    await this.focusHeading();
  }

  private async loadVenues() {
    if (!this.venues.length) this.venues = (await this.call(() => this.api.venues())) ?? [];
    if (!this.data) {
      try {
        this.data = await loadAppData();
      } catch {
        // The map preview is an extra; the list preview and the form work without it.
      }
    }
  }

  private graphLoad: Promise<void> | undefined;
  /** Loads the walking network once, when a form first shows the route editor (no one else needs it). */
  private onNetworkWanted() {
    this.graphLoad ??= (async () => {
      try {
        const res = await fetch(new URL('data/network.geojson', document.baseURI));
        if (res.ok) this.graph = buildGraph((await res.json()) as NetworkCollection);
      } catch {
        // Without the network the route editor draws straight segments only.
      }
    })();
  }

  /** Reloads the current view's items; false when the request failed (the old items stay). */
  private async refresh(): Promise<boolean> {
    if (this.view === 'venues' && this.user?.role === 'admin') {
      const venues = await this.call(() => this.api.adminVenues());
      this.adminVenues = venues ?? this.adminVenues;
      return !!venues;
    }
    if (this.user?.role === 'admin' && ADMIN_VIEWS.includes(this.view)) {
      await this.loadAdmin();
      return true;
    }
    if (this.isModerator()) {
      const queue = await this.call(() => this.api.queue());
      this.queue = queue ?? this.queue;
      return !!queue;
    }
    if (!this.user) return false;
    const records = await this.call(() => this.api.myEvents());
    this.records = records ?? this.records;
    return !!records;
  }

  private async onSignIn(e: SignInEvent) {
    const session = await this.call(() => this.api.login(e.email, e.password));
    if (session?.user) await this.signedIn(session.user);
    else void this.renderRoot.querySelector<SignInForm>('sign-in-form')?.focusFirst();
  }

  private async onInviteAccept(e: InviteAcceptEvent) {
    const token = this.inviteToken!;
    const session = await this.call(() => this.api.acceptInvitation(token, e.name, e.password));
    if (session?.user) {
      this.inviteToken = undefined;
      history.replaceState(history.state, '', `${location.pathname}#lang=${this.lang}`);
      await this.signedIn(session.user);
    } else void this.renderRoot.querySelector<SignInForm>('sign-in-form')?.focusFirst();
  }

  private async signOut() {
    await this.call(() => this.api.logout());
    this.user = null;
    this.form = undefined;
    this.view = 'mine';
    this.records = [];
    this.queue = [];
    this.admin = EMPTY_ADMIN;
    this.venues = [];
    this.notice = undefined;
  }

  private go(view: View) {
    this.view = view;
    this.error = undefined;
    this.notice = undefined;
    if (view === 'form' && !this.form?.draft)
      this.openDraft(emptyDraft(this.user?.organization ?? undefined));
    if (view !== 'form') void this.refresh();
    void this.focusHeading();
  }

  private openDraft(draft: EventDraft, target?: FormState['target']) {
    this.form = { draft, target, serverFields: {} };
    this.view = 'form';
    this.error = undefined;
    this.notice = undefined;
    void this.focusHeading();
  }

  private newEvent() {
    this.openDraft(emptyDraft(this.user?.organization ?? undefined));
  }

  private async onSave(e: EventSaveEvent) {
    const form = this.form!;
    // Keep what was typed: if the request fails the form is shown again from this draft.
    this.form = { ...form, draft: e.draft, serverFields: {} };
    const target = form.target;
    const record = await this.call(() =>
      this.isModerator()
        ? this.api.moderatorUpdate(target!.id, target!.revision!, e.event)
        : target
          ? this.api.updateEvent(target.id, e.event, e.submit, target.revision)
          : this.api.createEvent(e.event, e.submit),
    );
    if (!record) {
      const err = this.lastError;
      if (err?.code === 'validation') this.form = { ...this.form!, serverFields: err.fields };
      else if (err?.code === 'conflict' && !target)
        this.form = { ...this.form!, serverFields: { id: { code: 'idTaken' } } };
      return;
    }
    this.form = undefined;
    this.notice = this.isModerator() ? this.t.saved : e.submit ? this.t.submitted : this.t.saved;
    this.view = this.isModerator() ? 'queue' : 'mine';
    await this.refresh();
    await this.focusHeading();
  }

  private async onIcsFile(e: IcsFileEvent) {
    this.report = undefined;
    const report = await this.call(() => this.api.importIcs(e.text, e.filename));
    if (report) {
      this.report = report;
      await this.updateComplete;
      await this.renderRoot.querySelector<IcsImport>('ics-import')?.focusReport();
    }
  }

  private async onModerate(e: ModerateEvent) {
    const index = this.queue.findIndex((i) => i.id === e.id);
    const item = this.queue[index];
    const done =
      e.action === 'approve'
        ? await this.call(() => this.api.approve(e.id, e.revision, e.contentHash))
        : await this.call(() => this.api.reject(e.id, e.revision, e.reason ?? '', e.contentHash));
    if (!done) {
      // Edited since it was loaded (409): show the queue as it is now, with the error kept.
      if (this.lastError?.code === 'conflict') {
        const error = this.error;
        await this.refresh();
        this.error = error;
      }
      return;
    }
    const title = item ? eventTitle(item.event, this.lang) : e.id;
    await this.refresh();
    this.notice = e.action === 'approve' ? this.t.approvedMsg(title) : this.t.rejectedMsg(title);
    const queue = this.renderRoot.querySelector<ModerationQueue>('moderation-queue');
    if (this.queue.length) await queue?.focusItem(index);
    else await this.focusHeading();
  }

  private async onDiscard(e: DraftDiscardEvent) {
    const record = this.records.find((r) => r.id === e.id);
    // The title visitors know: the published one, if any.
    const event = record?.published ?? record?.working?.event;
    const title = event ? eventTitle(event, this.lang) : e.id;
    const ok = await this.call(async () => {
      await this.api.discardDraft(e.id);
      return true;
    });
    if (ok) {
      this.notice = record?.published ? this.t.discard.dropped(title) : this.t.discard.deleted(title);
      await this.refresh();
    }
    await this.focusMessage();
  }

  // ── admin ──────────────────────────────────────────────────────────────────────────────────────────

  private async loadAdmin() {
    if (this.view === 'audit') {
      const audit = await this.call(() => this.api.audit(AUDIT_PAGE));
      if (audit) this.admin = { ...this.admin, audit, auditMore: audit.length === AUDIT_PAGE };
      return;
    }
    const got = await this.call(() =>
      Promise.all([this.api.organizations(), this.api.invitations(), this.api.users()]),
    );
    if (got) {
      const [organizations, invitations, users] = got;
      this.admin = { ...this.admin, organizations, invitations, users };
    }
  }

  private async onOrganizationCreate(e: OrganizationCreateEvent) {
    this.admin = { ...this.admin, orgFields: {} };
    const org = await this.call(() => this.api.createOrganization(e.organization));
    const el = this.renderRoot.querySelector<AdminOrganizations>('admin-organizations');
    if (!org) {
      const fields = this.lastError?.code === 'validation' ? this.lastError.fields : {};
      this.admin = { ...this.admin, orgFields: fields };
      if (Object.keys(fields).length) return el?.focusError();
      return this.focusMessage();
    }
    el?.reset();
    this.notice = this.t.admin.orgCreated(this.lang === 'zh' ? org.name_zh : org.name_en);
    await this.loadAdmin();
    await this.focusMessage();
  }

  private async onInvitationCreate(e: InvitationCreateEvent) {
    this.admin = { ...this.admin, inviteFields: {}, created: undefined };
    const el = () => this.renderRoot.querySelector<AdminInvitations>('admin-invitations');
    const refused = (fields: Record<string, ApiFieldIssue>) => {
      this.admin = { ...this.admin, inviteFields: fields };
      return Object.keys(fields).length ? el()?.focusError() : this.focusMessage();
    };
    let organizationId = e.organizationId;
    if (e.newOrganization) {
      const org = await this.call(() => this.api.createOrganization(e.newOrganization!));
      if (!org) {
        const f = this.lastError?.code === 'validation' ? this.lastError.fields : {};
        return refused(Object.fromEntries(Object.entries(f).map(([k, m]) => [`org-${k}`, m])));
      }
      // Made once: if the invitation now fails, the form keeps this organization chosen.
      this.admin = { ...this.admin, organizations: [...this.admin.organizations, org] };
      await this.updateComplete;
      el()?.useOrganization(org.id);
      organizationId = org.id;
    }
    const made = await this.call(() => this.api.createInvitation(e.email, e.role, organizationId));
    if (!made) {
      const f = this.lastError?.code === 'validation' ? this.lastError.fields : {};
      const { organization_id, ...rest } = f;
      return refused(organization_id ? { ...rest, organization: organization_id } : rest);
    }
    el()?.reset();
    this.notice = this.t.admin.inviteCreated(made.invitation.email);
    this.admin = {
      ...this.admin,
      created: {
        email: made.invitation.email,
        link: invitationLink(document.baseURI, made.token),
        expires_at: made.invitation.expires_at,
      },
    };
    await this.loadAdmin();
    await el()?.focusLink();
  }

  private async onInvitationRevoke(e: InvitationRevokeEvent) {
    const inv = this.admin.invitations.find((i) => i.id === e.id);
    const ok = await this.call(async () => {
      await this.api.revokeInvitation(e.id);
      return true;
    });
    if (ok) this.notice = this.t.admin.revoked(inv?.email ?? '');
    else if (this.lastError?.code === 'not_found') {
      this.error = this.t.admin.revokeGone;
      const invitations = this.admin.invitations.filter((i) => i.id !== e.id);
      this.admin = { ...this.admin, invitations };
    }
    if (ok) await this.loadAdmin();
    await this.focusMessage();
  }

  private async onUserChange(e: UserChangeEvent) {
    const t = this.t;
    const before = this.admin.users.find((u) => u.id === e.id);
    const self = e.id === this.user?.id;
    const after = await this.call(() => this.api.updateUser(e.id, e.change));
    if (!after) {
      if (this.lastError?.code === 'conflict') this.error = t.admin.lastAdmin;
      await this.focusMessage();
      return;
    }
    // A changed role or a disabled account ends that person's sessions, the admin's own included.
    if (self && (after.role !== 'admin' || after.disabled)) {
      this.user = null;
      this.admin = EMPTY_ADMIN;
      this.view = 'mine';
      this.error = t.admin.selfSignedOut;
      return;
    }
    const name = before?.name ?? after.name;
    this.notice =
      'role' in e.change
        ? t.admin.roleChanged(name, t.roles[after.role])
        : after.disabled
          ? t.admin.disabledMsg(name)
          : t.admin.enabledMsg(name);
    await this.loadAdmin();
    await this.focusMessage();
  }

  private async onAuditMore() {
    const last = this.admin.audit.at(-1);
    const page = await this.call(() => this.api.audit(AUDIT_PAGE, last?.id));
    if (!page) return this.focusMessage();
    const shown = this.admin.audit.length;
    this.admin = {
      ...this.admin,
      audit: [...this.admin.audit, ...page],
      auditMore: page.length === AUDIT_PAGE,
    };
    await this.updateComplete;
    if (page.length) await this.renderRoot.querySelector<AdminAudit>('admin-audit')?.focusEntry(shown);
  }

  /** Moves focus to what the last action said (its error, else its notice), so it is read and seen. */
  private async focusMessage() {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('main .error, main .notice')?.focus();
  }

  private onDraftOpen(e: DraftOpenEvent) {
    this.openDraft(e.draft, e.stored);
  }

  // ── admin venues ──

  private get vt(): VenueStrings {
    return VENUE_STRINGS[this.lang];
  }

  private venueName(v: { name_zh: string; name_en: string }) {
    return this.lang === 'zh' ? v.name_zh : v.name_en;
  }

  private onVenueOpen(e: VenueOpenEvent) {
    const stored = this.adminVenues.find(
      (v): v is AdminVenue & { source: 'admin' } => v.id === e.id && v.source === 'admin',
    );
    this.venueForm = {
      draft: stored ? draftFromVenue(stored) : emptyVenueDraft(),
      id: stored?.id,
      serverFields: {},
    };
    this.venueRefusal = undefined;
    this.error = undefined;
    this.notice = undefined;
    void this.focusHeading();
  }

  /** The venues the event form offers, after an admin changed one. */
  private async reloadVenues() {
    this.venues = (await this.call(() => this.api.venues())) ?? this.venues;
  }

  private closeVenueForm() {
    this.venueForm = undefined;
    this.error = undefined;
    void this.focusHeading();
  }

  private async onVenueSave(e: VenueSaveEvent) {
    const form = this.venueForm!;
    this.venueForm = { ...form, draft: e.draft, serverFields: {} };
    const saved = await this.call(() =>
      form.id ? this.api.updateVenue(form.id, e.body) : this.api.createVenue(e.body),
    );
    if (!saved) {
      const err = this.lastError;
      if (err?.code === 'validation') this.venueForm = { ...this.venueForm!, serverFields: err.fields };
      else if (err?.code === 'conflict' && !form.id)
        this.venueForm = { ...this.venueForm!, serverFields: { id: { code: 'idTaken' } } };
      return;
    }
    this.venueForm = undefined;
    await this.refresh();
    await this.reloadVenues();
    this.notice = this.vt.savedMsg(this.venueName(saved));
    await this.focusHeading();
  }

  private async onVenueRetire(e: VenueRetireEvent) {
    this.venueRefusal = undefined;
    const done = await this.call(() => this.api.retireVenue(e.id, e.retire));
    if (!done) {
      const events = this.lastError?.code === 'conflict' ? this.lastError.body.events : undefined;
      if (events?.length) {
        this.venueRefusal = { id: e.id, events };
        this.error = undefined;
      }
      return;
    }
    await this.refresh();
    await this.reloadVenues();
    this.notice = e.retire
      ? this.vt.retiredMsg(this.venueName(done))
      : this.vt.restoredMsg(this.venueName(done));
  }

  private switchLang() {
    this.lang = this.lang === 'zh' ? 'en' : 'zh';
    try {
      localStorage.setItem(LANG_KEY, this.lang);
    } catch {
      // Private browsing may refuse storage; the URL still carries the choice.
    }
  }

  private async focusHeading() {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('main h2')?.focus();
  }

  protected willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('lang')) {
      document.documentElement.lang = HTML_LANG[this.lang];
      document.title = `${this.t.pageTitle} · ${TRANSLATIONS[this.lang].appTitle}`;
    }
  }

  protected updated(changed: PropertyValues<this>): void {
    if ((changed.has('lang') || changed.has('view')) && !this.inviteToken) {
      const view = URL_VIEWS.includes(this.view) ? `&view=${this.view}` : '';
      const hash = `#lang=${this.lang}${view}`;
      if (location.hash !== hash) history.replaceState(history.state, '', `${location.pathname}${hash}`);
    }
  }

  static styles = organizerAppStyles;

  private renderMain() {
    const t = this.t;
    const tt = TRANSLATIONS[this.lang];
    if (this.user === undefined) return html`<p role="status">${t.loading}</p>`;
    if (this.user === null)
      return html`<h2 tabindex="-1">${this.invitation ? t.inviteTitle : t.signInTitle}</h2>
        <sign-in-form
          .invitation=${this.invitation}
          .error=${this.error}
          ?busy=${this.busy}
          .t=${t}
          @sign-in=${this.onSignIn}
          @invite-accept=${this.onInviteAccept}
        ></sign-in-form>`;
    const status = html`${this.error ? html`<p class="error" role="alert" tabindex="-1">${this.error}</p>` : nothing}
      <div role="status">
        ${this.notice ? html`<p class="notice" tabindex="-1">${this.notice}</p>` : nothing}
      </div>`;
    switch (this.view) {
      case 'form': {
        const f = this.form!;
        const title = f.target ? t.formTitleEdit(eventTitle(f.draft, this.lang)) : t.formTitleNew;
        return html`<h2 tabindex="-1">${title}</h2>
          ${status}
          <button class="cancel" @click=${() => this.go(this.isModerator() ? 'queue' : 'mine')}>
            ← ${t.cancel}
          </button>
          <event-form
            .draft=${f.draft}
            .isNew=${!f.target}
            ?moderator=${this.isModerator()}
            ?busy=${this.busy}
            .serverFields=${f.serverFields}
            .venues=${this.venues}
            .places=${this.data?.places}
            .basemap=${this.data?.basemap}
            .graph=${this.graph}
            .lang=${this.lang}
            .t=${t}
            .tt=${tt}
            @event-save=${this.onSave}
            @network-wanted=${this.onNetworkWanted}
          ></event-form>`;
      }
      case 'import':
        return html`<h2 tabindex="-1">${t.importTitle}</h2>
          ${status}
          <ics-import
            .report=${this.report}
            ?busy=${this.busy}
            .lang=${this.lang}
            .t=${t}
            @ics-file=${this.onIcsFile}
            @draft-open=${this.onDraftOpen}
          ></ics-import>`;
      case 'venues': {
        const vt = this.vt;
        const f = this.venueForm;
        if (f)
          return html`<h2 tabindex="-1">${f.id ? vt.formEdit(this.venueName(f.draft)) : vt.formNew}</h2>
            ${status}
            <button class="cancel" @click=${this.closeVenueForm}>← ${vt.back}</button>
            <venue-form
              .draft=${f.draft}
              .isNew=${!f.id}
              ?busy=${this.busy}
              .serverFields=${f.serverFields}
              .places=${this.data?.places}
              .basemap=${this.data?.basemap}
              .lang=${this.lang}
              .t=${vt}
              .tt=${tt}
              @venue-save=${this.onVenueSave}
            ></venue-form>`;
        return html`<h2 tabindex="-1">${vt.title}</h2>
          ${status}
          <venue-admin
            .items=${this.adminVenues}
            .refusal=${this.venueRefusal}
            ?busy=${this.busy}
            .lang=${this.lang}
            .t=${vt}
            .tt=${tt}
            @venue-open=${this.onVenueOpen}
            @venue-retire=${this.onVenueRetire}
          ></venue-admin>`;
      }
      case 'queue':
        return html`<h2 tabindex="-1">${t.queueTitle}</h2>
          ${status}
          <moderation-queue
            .items=${this.queue}
            ?busy=${this.busy}
            .lang=${this.lang}
            .t=${t}
            .tt=${tt}
            .venues=${this.venues}
            .places=${this.data?.places}
            .basemap=${this.data?.basemap}
            @moderate=${this.onModerate}
            @draft-open=${this.onDraftOpen}
          ></moderation-queue>`;
      case 'people':
        return html`<h2 tabindex="-1">${t.admin.peopleTitle}</h2>
          ${status}
          <admin-invitations
            .invitations=${this.admin.invitations}
            .organizations=${this.admin.organizations}
            .created=${this.admin.created}
            .serverFields=${this.admin.inviteFields}
            ?busy=${this.busy}
            .lang=${this.lang}
            .t=${t}
            @invitation-create=${this.onInvitationCreate}
            @invitation-revoke=${this.onInvitationRevoke}
          ></admin-invitations>
          <admin-people
            .users=${this.admin.users}
            .me=${this.user.id}
            ?busy=${this.busy}
            .lang=${this.lang}
            .t=${t}
            @user-change=${this.onUserChange}
          ></admin-people>
          <admin-organizations
            .organizations=${this.admin.organizations}
            .serverFields=${this.admin.orgFields}
            ?busy=${this.busy}
            .lang=${this.lang}
            .t=${t}
            @organization-create=${this.onOrganizationCreate}
          ></admin-organizations>`;
      case 'audit':
        return html`<h2 tabindex="-1">${t.admin.auditTitle}</h2>
          ${status}
          <admin-audit
            .entries=${this.admin.audit}
            ?more=${this.admin.auditMore}
            ?busy=${this.busy}
            .lang=${this.lang}
            .t=${t}
            @audit-more=${this.onAuditMore}
          ></admin-audit>`;
      default:
        return html`<h2 tabindex="-1">${t.nav.mine}</h2>
          ${status}
          <my-events
            .records=${this.records}
            .organization=${this.user?.organization ?? null}
            .site=${location.origin}
            ?busy=${this.busy}
            .lang=${this.lang}
            .t=${t}
            @draft-open=${this.onDraftOpen}
            @draft-discard=${this.onDiscard}
          ></my-events>`;
    }
  }

  private renderNav() {
    const t = this.t;
    if (!this.user) return nothing;
    const current = (v: View) => (this.view === v ? 'page' : 'false');
    return html`<nav aria-label=${t.pageTitle}>
      ${
        this.isModerator()
          ? html`<button aria-current=${current('queue')} @click=${() => this.go('queue')}>
                ${t.nav.queue}
              </button>
              ${
                this.user.role === 'admin'
                  ? html`<button aria-current=${current('people')} @click=${() => this.go('people')}>
                        ${t.admin.nav.people}
                      </button>
                      <button aria-current=${current('audit')} @click=${() => this.go('audit')}>
                        ${t.admin.nav.audit}
                      </button>
                      <button
                        class="nav-venues"
                        aria-current=${current('venues')}
                        @click=${() => this.go('venues')}
                      >
                        ${this.vt.nav}
                      </button>`
                  : nothing
              }`
          : html`<button aria-current=${current('mine')} @click=${() => this.go('mine')}>
                ${t.nav.mine}
              </button>
              <button
                aria-current=${this.view === 'form' && !this.form?.target ? 'page' : 'false'}
                @click=${this.newEvent}
              >
                ${t.nav.create}
              </button>
              <button aria-current=${current('import')} @click=${() => this.go('import')}>
                ${t.nav.import}
              </button>`
      }
    </nav>`;
  }

  render() {
    const t = this.t;
    const tt = TRANSLATIONS[this.lang];
    return html`<header>
        <h1>${tt.appTitle} · ${t.pageTitle}</h1>
        <a href=${`./#lang=${this.lang}`}>${t.backToMap}</a>
        <span class="spacer"></span>
        ${
          this.user
            ? html`<span class="who">${t.signedInAs(this.user.name, t.roles[this.user.role])}</span>
                <button class="sign-out" @click=${this.signOut}>${t.signOut}</button>`
            : nothing
        }
        <button
          class="lang"
          lang=${this.lang === 'zh' ? 'en' : 'zh-Hans'}
          aria-label=${tt.switchLangLabel}
          @click=${this.switchLang}
        >
          ${tt.switchLang}
        </button>
      </header>
      ${this.renderNav()}
      <main>${this.renderMain()}</main>`;
  }
}

customElements.define('organizer-app', OrganizerApp);

declare global {
  interface HTMLElementTagNameMap {
    'organizer-app': OrganizerApp;
  }
}
