/** Events sent up by <search-box>. */
import type { SearchType } from '../search/doc.ts';

/** A search result was chosen: the app shell selects the place, walk or event. */
export class SearchSelectEvent extends Event {
  static readonly type = 'search-select';
  constructor(
    readonly resultType: SearchType,
    readonly id: string,
  ) {
    super(SearchSelectEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    [SearchSelectEvent.type]: SearchSelectEvent;
  }
}
