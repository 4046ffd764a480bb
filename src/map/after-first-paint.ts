/**
 * Runs `run` once the page has painted its first content (the `first-contentful-paint` entry), so that a
 * large download started here never competes with the shell's first paint. A frame and a task later is not
 * enough: the first frame can be empty, and the shell's text may only paint some frames on.
 * Where paint timing is missing, or no paint comes (a page opened in the background), it runs after
 * `fallbackMs`.
 */
export function afterFirstPaint(run: () => void, fallbackMs = 3000): void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    clearTimeout(timer);
    observer?.disconnect();
    run();
  };
  const timer = setTimeout(once, fallbackMs);
  let observer: PerformanceObserver | undefined;
  if (performance.getEntriesByName('first-contentful-paint').length) {
    setTimeout(once, 0);
    return;
  }
  try {
    observer = new PerformanceObserver((list) => {
      if (list.getEntries().some((e) => e.name === 'first-contentful-paint')) setTimeout(once, 0);
    });
    observer.observe({ type: 'paint', buffered: true });
  } catch {
    // No paint timing: the fallback runs it.
  }
}
