/**
 * MapLibre 6 draws with WebGL2 only. A browser without the WebGL2 API never downloads MapLibre; elsewhere the
 * probe below runs first, and MapLibre is downloaded and the map created only if it says yes.
 *
 * Trap: the first WebGL context of a page opens the renderer's channel to the GPU process, and getContext()
 * blocks the main thread until it is up (≈0.6–1.3 s in Chromium with software WebGL on the bench machine,
 * `npm run bench`). So a worker first creates a context on an OffscreenCanvas: the main thread stays free, the
 * channel stays open after the worker ends, and a context on the main thread then comes up in ~10 ms.
 * Trap: the worker's answer is not the page's. Chromium started with --disable-3d-apis (WebGL switched off by
 * policy) gives the worker a WebGL2 context and the page none. So the main thread always has the last word,
 * once the worker has warmed the channel (or failed, or taken too long).
 */
/** How long the worker may take before the main thread checks instead (a guard, not a measured budget). */
const WORKER_PATIENCE_MS = 5000;

/** False where the browser has no WebGL2 at all: then MapLibre need not even be downloaded. */
export const hasWebGL2Api = (): boolean => typeof WebGL2RenderingContext !== 'undefined';

let probe: Promise<boolean> | undefined;

/**
 * Whether WebGL2 can draw here. Probed once per page, however many ask: each probe creates a context. The app
 * asks at start, so that it knows before its first paint whether to lay out a map or the list alone
 * (src/app/song-app.ts), and the map asks again when it starts.
 */
export function supportsWebGL2(): Promise<boolean> {
  return (probe ??= probeOnce());
}

async function probeOnce(): Promise<boolean> {
  if (!hasWebGL2Api()) return false;
  await warmInWorker();
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

/** Opens the GPU channel from a worker; resolves with the worker's own answer, which only says it is done. */
function warmInWorker(): Promise<boolean> {
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
