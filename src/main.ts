import './app/song-app.ts';
import { firstPaint } from './map/first-paint.ts';

// index.html paints a boot shell over the app before any script runs. It goes once the app has decided between
// map and list and rendered that layout, and the first paint is on screen, one frame later still: Chrome drops a largest-contentful-paint candidate whose node
// is removed before the frame after its presentation, and would then credit the paint to the app's late text.
const boot = document.querySelector('.boot');
const app = document.querySelector('song-app');
if (boot && app)
  void Promise.all([app.layoutReady.then(() => app.updateComplete), firstPaint()]).then(() =>
    requestAnimationFrame(() => setTimeout(() => boot.remove())),
  );
