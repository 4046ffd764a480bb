/** Events the organizer and moderator components send up to <organizer-app>, which talks to the server. */
import type { EventDraft } from '../organizer/model/draft.ts';

/** The sign-in form was sent. */
export class SignInEvent extends Event {
  static readonly type = 'sign-in';
  constructor(
    readonly email: string,
    readonly password: string,
  ) {
    super(SignInEvent.type, { bubbles: true });
  }
}

/** An invitation was accepted with a name and a password. */
export class InviteAcceptEvent extends Event {
  static readonly type = 'invite-accept';
  constructor(
    readonly name: string,
    readonly password: string,
  ) {
    super(InviteAcceptEvent.type, { bubbles: true });
  }
}

/** The event form passed its checks and is to be saved (and, with `submit`, sent for moderation). */
export class EventSaveEvent extends Event {
  static readonly type = 'event-save';
  constructor(
    /** The event as the server takes it (built by eventFromDraft). */
    readonly event: Record<string, unknown>,
    readonly submit: boolean,
    /** The form as typed, so the app can reopen it unchanged after a failed request. */
    readonly draft: EventDraft,
  ) {
    super(EventSaveEvent.type, { bubbles: true });
  }
}

/** Open the form on a draft: a stored event to edit (`stored`), or a new one (duplicate, import, blank). */
export class DraftOpenEvent extends Event {
  static readonly type = 'draft-open';
  constructor(
    readonly draft: EventDraft,
    readonly stored?: { id: string; revision?: number },
  ) {
    super(DraftOpenEvent.type, { bubbles: true });
  }
}

/** A moderator's decision on one pending revision. */
export class ModerateEvent extends Event {
  static readonly type = 'moderate';
  constructor(
    readonly action: 'approve' | 'reject',
    readonly id: string,
    readonly revision: number,
    /** The `content_hash` of the content the moderator saw: the decision holds only for that content. */
    readonly contentHash: string,
    readonly reason?: string,
  ) {
    super(ModerateEvent.type, { bubbles: true });
  }
}

/** Discard the working revision of an event (the organizer confirmed). */
export class DraftDiscardEvent extends Event {
  static readonly type = 'draft-discard';
  constructor(readonly id: string) {
    super(DraftDiscardEvent.type, { bubbles: true });
  }
}

/** An .ics file was chosen for import. */
export class IcsFileEvent extends Event {
  static readonly type = 'ics-file';
  constructor(
    readonly text: string,
    readonly filename: string,
  ) {
    super(IcsFileEvent.type, { bubbles: true });
  }
}

/** The form shows the route editor: the walking network is wanted for "follow the lanes" (asked once). */
export class NetworkWantedEvent extends Event {
  static readonly type = 'network-wanted';
  constructor() {
    super(NetworkWantedEvent.type, { bubbles: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    [NetworkWantedEvent.type]: NetworkWantedEvent;
    [SignInEvent.type]: SignInEvent;
    [InviteAcceptEvent.type]: InviteAcceptEvent;
    [EventSaveEvent.type]: EventSaveEvent;
    [DraftOpenEvent.type]: DraftOpenEvent;
    [ModerateEvent.type]: ModerateEvent;
    [IcsFileEvent.type]: IcsFileEvent;
    [DraftDiscardEvent.type]: DraftDiscardEvent;
  }
}
