/** Events the admin view's components send up to <organizer-app>, which talks to the server. */
import type { Role } from '../api/client.ts';
import type { UserChange } from '../organizer/model/people-changes.ts';

export interface NewOrganization {
  name_zh: string;
  name_en: string;
  url?: string;
}

/** Add an organization (the form passed its own checks). */
export class OrganizationCreateEvent extends Event {
  static readonly type = 'organization-create';
  constructor(readonly organization: NewOrganization) {
    super(OrganizationCreateEvent.type, { bubbles: true });
  }
}

/**
 * Invite someone. An organizer's invitation names an existing organization (`organizationId`) or one to
 * create first (`newOrganization`); other roles name none.
 */
export class InvitationCreateEvent extends Event {
  static readonly type = 'invitation-create';
  constructor(
    readonly email: string,
    readonly role: Role,
    readonly organizationId?: number,
    readonly newOrganization?: NewOrganization,
  ) {
    super(InvitationCreateEvent.type, { bubbles: true });
  }
}

/** Revoke an open invitation (the admin confirmed). */
export class InvitationRevokeEvent extends Event {
  static readonly type = 'invitation-revoke';
  constructor(readonly id: number) {
    super(InvitationRevokeEvent.type, { bubbles: true });
  }
}

/** Change one account's role or disable / enable it (confirmed where it signs someone out). */
export class UserChangeEvent extends Event {
  static readonly type = 'user-change';
  constructor(
    readonly id: number,
    readonly change: UserChange,
  ) {
    super(UserChangeEvent.type, { bubbles: true });
  }
}

/** Load the next page of the audit log, older than the oldest entry shown. */
export class AuditMoreEvent extends Event {
  static readonly type = 'audit-more';
  constructor() {
    super(AuditMoreEvent.type, { bubbles: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    [OrganizationCreateEvent.type]: OrganizationCreateEvent;
    [InvitationCreateEvent.type]: InvitationCreateEvent;
    [InvitationRevokeEvent.type]: InvitationRevokeEvent;
    [UserChangeEvent.type]: UserChangeEvent;
    [AuditMoreEvent.type]: AuditMoreEvent;
  }
}
