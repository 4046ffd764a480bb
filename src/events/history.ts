import type { TimeView } from '../history/time-view.ts';

/** The visitor moved the time control, chose a preset, or faded between then and now. */
export class TimeChangeEvent extends Event {
  static readonly type = 'time-change';
  constructor(readonly time: TimeView) {
    super(TimeChangeEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    [TimeChangeEvent.type]: TimeChangeEvent;
  }
}
