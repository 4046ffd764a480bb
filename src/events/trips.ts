/** Events sent up by the field-trip view; the app shell keeps the settings in the URL. */
import type { TripSettings } from '../trips/trip-settings.ts';

/** The teacher changed the trip's settings. */
export class TripChangeEvent extends Event {
  static readonly type = 'trip-change';
  constructor(readonly settings: TripSettings) {
    super(TripChangeEvent.type, { bubbles: true, composed: true });
  }
}

/** Leave the field-trip view for the map. */
export class TripCloseEvent extends Event {
  static readonly type = 'trip-close';
  constructor() {
    super(TripCloseEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'trip-change': TripChangeEvent;
    'trip-close': TripCloseEvent;
  }
}
