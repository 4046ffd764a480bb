/**
 * Resolves once the page has painted its first content (the `first-contentful-paint` entry), so that a large
 * download started then never competes with the shell's first paint. A frame and a task later is not enough:
 * the first frame can be empty, and the shell's text may only paint some frames on.
 * Where paint timing is missing, or no paint comes (a page opened in the background), it resolves after
 * `fallbackMs`.
 */
export function firstPaint(fallbackMs = 3000): Promise<void> {
  return new Promise((resolve) => {
    let observer: PerformanceObserver | undefined;
    const done = () => {
      clearTimeout(timer);
      observer?.disconnect();
      resolve();
    };
    const timer = setTimeout(done, fallbackMs);
    if (performance.getEntriesByName('first-contentful-paint').length) return done();
    try {
      observer = new PerformanceObserver((list) => {
        if (list.getEntries().some((e) => e.name === 'first-contentful-paint')) done();
      });
      observer.observe({ type: 'paint', buffered: true });
    } catch {
      // No paint timing: the fallback resolves it.
    }
  });
}

/**
 * Resolves in the task after the next frame: the frame that paints what was rendered before the call (an
 * animation frame callback runs just before its frame is painted; the task it queues runs after).
 */
export function afterNextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
}
