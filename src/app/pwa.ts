/**
 * Registers the service worker (offline use) and tells the app when a new version is waiting. The worker
 * only exists in the built app; in the dev server registration is skipped.
 */
import { registerSW } from 'virtual:pwa-register';

export interface PwaCallbacks {
  /** A new version was downloaded; calling `apply` reloads into it. */
  onUpdate(apply: () => void): void;
  /** Everything is cached: the app now works without a network. */
  onOfflineReady(): void;
}

export function registerServiceWorker(callbacks: PwaCallbacks): void {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return;
  const update = registerSW({
    onNeedRefresh: () => callbacks.onUpdate(() => void update(true)),
    onOfflineReady: () => callbacks.onOfflineReady(),
  });
}
