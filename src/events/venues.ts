/** Events the Venues view and form send up to <organizer-app>, which talks to the server. */
import type { VenueDraft } from '../organizer/model/venue-draft.ts';

/** Open the venue form: an admin venue to edit (`id`), or a new one. */
export class VenueOpenEvent extends Event {
  static readonly type = 'venue-open';
  constructor(readonly id?: string) {
    super(VenueOpenEvent.type, { bubbles: true });
  }
}

/** The venue form passed its checks and is to be saved. */
export class VenueSaveEvent extends Event {
  static readonly type = 'venue-save';
  constructor(
    /** The API body (bodyFromDraft). */
    readonly body: Record<string, unknown>,
    /** The form as typed, so the app can reopen it unchanged after a failed request. */
    readonly draft: VenueDraft,
  ) {
    super(VenueSaveEvent.type, { bubbles: true });
  }
}

/** Retire (`retire: true`, confirmed by the admin) or restore an admin venue. */
export class VenueRetireEvent extends Event {
  static readonly type = 'venue-retire';
  constructor(
    readonly id: string,
    readonly retire: boolean,
  ) {
    super(VenueRetireEvent.type, { bubbles: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    [VenueOpenEvent.type]: VenueOpenEvent;
    [VenueSaveEvent.type]: VenueSaveEvent;
    [VenueRetireEvent.type]: VenueRetireEvent;
  }
}
