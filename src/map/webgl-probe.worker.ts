/** Runs in a worker (see webgl.ts): answers true when a WebGL2 context can be made here, else false. */
let ok = false;
try {
  ok = !!new OffscreenCanvas(1, 1).getContext('webgl2');
} catch {
  ok = false;
}
postMessage(ok);
