// The static pages' one script (no inline script under the Content-Security-Policy): with JavaScript on, a
// visitor goes on to the interactive map opened at the page's place, walk, area or event. For an event, the
// next occurrence that has not ended by the visitor's clock is chosen (the page lists them all). A link
// ending in #read keeps the reader on the page.
const link = document.querySelector('a[data-app]');
if (link && location.hash !== '#read') {
  let href = link.getAttribute('href');
  const list = link.dataset.occurrences;
  if (list) {
    const now = Date.now();
    const next = list
      .split(' ')
      .map((pair) => pair.split('|'))
      .find(([, end]) => Date.parse(end) > now);
    if (next) href = href.replace(/@[^&]*$/, `@${next[0].slice(0, 16)}`);
  }
  location.replace(new URL(href, location.href).href);
}
