/** Events about walks, sent up by the walk list, the walk panel, the place card and the place list. */
import type { Tour } from '../walks/order.ts';
import type { Profile } from '../walks/route.ts';
import type { HERITAGE_AREAS } from '../data/areas.ts';

export type HeritageAreaId = (typeof HERITAGE_AREAS)[number];

/** Open a curated walk (by id), the visitor's own walk ('mine'), or close the walk (undefined). */
export class WalkOpenEvent extends Event {
  static readonly type = 'walk-open';
  constructor(readonly id: string | undefined) {
    super(WalkOpenEvent.type, { bubbles: true, composed: true });
  }
}

/** An event the visitor means to be at: the walk then tells them when to set off. */
export interface WalkAppointment {
  /** Occurrence key, `<event id>@<local start>`. */
  key: string;
  place: string;
  /** Epoch ms. */
  start: number;
  title_zh: string;
  /** Absent when the event has no English title (see listings/event-text.ts). */
  title_en?: string;
}

/** Add a place to the visitor's own walk, optionally to be there for an event's start. */
export class WalkAddEvent extends Event {
  static readonly type = 'walk-add';
  constructor(
    readonly place: string,
    readonly appointment?: WalkAppointment,
  ) {
    super(WalkAddEvent.type, { bubbles: true, composed: true });
  }
}

/** The visitor changed their own walk: new stop order, profile or tour. */
export class WalkEditEvent extends Event {
  static readonly type = 'walk-edit';
  constructor(readonly change: { stops?: string[]; profile?: Profile; tour?: Tour }) {
    super(WalkEditEvent.type, { bubbles: true, composed: true });
  }
}

export type WalkAction = 'best-order' | 'gpx' | 'geojson' | 'print' | 'save' | 'copy-link' | 'customise';

/** A button in the walk panel that the app carries out. */
export class WalkActionEvent extends Event {
  static readonly type = 'walk-action';
  constructor(readonly action: WalkAction) {
    super(WalkActionEvent.type, { bubbles: true, composed: true });
  }
}

/** Open or forget a walk saved on this device. */
export class SavedWalkEvent extends Event {
  static readonly type = 'saved-walk';
  constructor(
    readonly action: 'open' | 'delete',
    readonly key: string,
  ) {
    super(SavedWalkEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    [WalkOpenEvent.type]: WalkOpenEvent;
    [WalkAddEvent.type]: WalkAddEvent;
    [WalkEditEvent.type]: WalkEditEvent;
    [WalkActionEvent.type]: WalkActionEvent;
    [SavedWalkEvent.type]: SavedWalkEvent;
  }
}

/** The guided walk's buttons: start following the open walk, or end it. */
export class GuideEvent extends Event {
  static readonly type = 'walk-guide';
  constructor(readonly action: 'start' | 'stop') {
    super(GuideEvent.type, { bubbles: true, composed: true });
  }
}

/** A way in chosen on the first screen: places near the visitor, one area, or just the map. */
export class StartChoiceEvent extends Event {
  static readonly type = 'start-choice';
  constructor(
    readonly choice: 'near' | 'area' | 'map',
    readonly area?: HeritageAreaId,
  ) {
    super(StartChoiceEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    [GuideEvent.type]: GuideEvent;
    [StartChoiceEvent.type]: StartChoiceEvent;
    [TimePlanEvent.type]: TimePlanEvent;
  }
}

/** "Plan by my time": a walk of `budget` minutes from the place `start`, setting off at `startAt` today. */
export class TimePlanEvent extends Event {
  static readonly type = 'time-plan';
  constructor(
    readonly start: string,
    /** Minutes after today's midnight, Hangzhou time. */
    readonly startAt: number,
    /** Minutes available. */
    readonly budget: number,
  ) {
    super(TimePlanEvent.type, { bubbles: true, composed: true });
  }
}
