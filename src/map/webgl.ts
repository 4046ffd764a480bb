/**
 * MapLibre 6 draws with WebGL2 only. A browser without the WebGL2 API never downloads MapLibre; elsewhere the
 * probe below runs while MapLibre downloads, and the map is created only if it says yes.
 *
 * Trap: the first WebGL context of a page opens the renderer's channel to the GPU process, and getContext()
 * blocks the main thread until it is up (≈0.6–1.3 s in Chromium with software WebGL on the bench machine,
 * `npm run bench`). So the probe runs in a worker on an OffscreenCanvas: the main thread stays free, the
 * channel stays open after the worker ends, and MapLibre's own context then comes up in ~10 ms.
 * Where a worker cannot tell (no OffscreenCanvas, no module workers, an error, no answer) or says no, the main
 * thread checks for itself, so the answer never depends on worker support.
 */

/** How long the worker may take before the main thread checks instead (a guard, not a measured budget). */
const WORKER_PATIENCE_MS = 5000;

/** False where the browser has no WebGL2 at all: then MapLibre need not even be downloaded. */
export const hasWebGL2Api = (): boolean => typeof WebGL2RenderingContext !== 'undefined';

export async function supportsWebGL2(): Promise<boolean> {
  if (!hasWebGL2Api()) return false;
  if (await probeInWorker()) return true;
  return probeOnMainThread();
}

function probeOnMainThread(): boolean {
  try {
    const gl = document.createElement('canvas').getContext('webgl2');
    gl?.getExtension('WEBGL_lose_context')?.loseContext();
    return !!gl;
  } catch {
    return false;
  }
}

function probeInWorker(): Promise<boolean> {
  if (typeof Worker === 'undefined' || typeof OffscreenCanvas === 'undefined') return Promise.resolve(false);
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL('./webgl-probe.worker.ts', import.meta.url), { type: 'module' });
    } catch {
      resolve(false);
      return;
    }
    const done = (ok: boolean) => {
      clearTimeout(timer);
      worker.terminate();
      resolve(ok);
    };
    const timer = setTimeout(() => done(false), WORKER_PATIENCE_MS);
    worker.onmessage = (e: MessageEvent<unknown>) => done(e.data === true);
    worker.onerror = () => done(false);
    worker.onmessageerror = () => done(false);
  });
}
