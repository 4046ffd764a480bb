/**
 * The app's state in the URL hash (url-state.ts): read once at start, applied again on every `hashchange`
 * (a link followed, the back button), and written back with `replaceState` after the host's state changed,
 * so the address bar is always a link to what is on screen without adding history entries.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { parseUrlState, serializeUrlState, type UrlState } from './url-state.ts';

export interface UrlHost extends ReactiveControllerHost {
  /** The state to write, as the host holds it now. */
  urlState(): UrlState;
  /** A new URL arrived (hashchange): the host takes what it names. */
  applyUrl(url: UrlState): void;
}

export class UrlController implements ReactiveController {
  /** The state of the URL the page was opened with. */
  readonly initial: UrlState;

  // Read the URL the event carries, not `location.hash`: a `write()` queued before the event is dispatched
  // (a re-render after the previous change) would otherwise replace the new hash with the old state first.
  private readonly onHashChange = (e: HashChangeEvent) =>
    this.host.applyUrl(parseUrlState(new URL(e.newURL).hash));

  constructor(private readonly host: UrlHost) {
    this.initial = parseUrlState(location.hash);
    host.addController(this);
  }

  hostConnected(): void {
    addEventListener('hashchange', this.onHashChange);
  }

  hostDisconnected(): void {
    removeEventListener('hashchange', this.onHashChange);
  }

  /** Writes the host's state into the address bar when it differs. */
  write(): void {
    const hash = serializeUrlState(this.host.urlState());
    if (hash !== location.hash)
      history.replaceState(history.state, '', `${location.pathname}${location.search}${hash}`);
  }

  /** A link to `state` on this page (for sharing). */
  link(state: UrlState): string {
    return `${location.origin}${location.pathname}${location.search}${serializeUrlState(state)}`;
  }

  /** Puts a link into the address bar (when it could not be shared any other way). */
  show(url: string): void {
    history.replaceState(history.state, '', url);
  }
}
