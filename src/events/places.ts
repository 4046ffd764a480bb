/** Events about places and areas, sent up by the list, the card, the layer panel and the map. */
import type { AreaId } from '../data/areas.ts';

/** A place was chosen (or, with id undefined, the choice was cleared). */
export class PlaceSelectEvent extends Event {
  static readonly type = 'place-select';
  constructor(
    readonly id: string | undefined,
    /** Where the choice was made: the map only flies to places chosen elsewhere. */
    readonly origin: 'map' | 'list' | 'card',
  ) {
    super(PlaceSelectEvent.type, { bubbles: true, composed: true });
  }
}

/** An area was shown or hidden. */
export class AreaToggleEvent extends Event {
  static readonly type = 'area-toggle';
  constructor(
    readonly area: AreaId,
    readonly visible: boolean,
  ) {
    super(AreaToggleEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    [PlaceSelectEvent.type]: PlaceSelectEvent;
    [AreaToggleEvent.type]: AreaToggleEvent;
  }
}
