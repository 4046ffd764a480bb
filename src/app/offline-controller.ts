/**
 * The app's life off the network: whether the browser says it is online, the service worker (registered on
 * connect, in the built app only), and a new version that waits until the visitor accepts it. Each change
 * asks the host to render again.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { registerServiceWorker } from './pwa.ts';

export class OfflineController implements ReactiveController {
  /** The browser says it has a network. */
  online = true;
  /** Set when a new version is waiting: calling it reloads into the new version. */
  applyUpdate: (() => void) | undefined;
  /** The service worker has cached everything. */
  offlineReady = false;
  private registered = false;

  private readonly onChange = () => {
    this.online = navigator.onLine;
    this.host.requestUpdate();
  };

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    this.online = navigator.onLine;
    addEventListener('online', this.onChange);
    addEventListener('offline', this.onChange);
    // A worker is registered once per page, however often the host reconnects.
    if (this.registered) return;
    this.registered = true;
    registerServiceWorker({
      onUpdate: (apply) => {
        this.applyUpdate = apply;
        this.host.requestUpdate();
      },
      onOfflineReady: () => {
        this.offlineReady = true;
        this.host.requestUpdate();
      },
    });
  }

  hostDisconnected(): void {
    removeEventListener('online', this.onChange);
    removeEventListener('offline', this.onChange);
  }
}
