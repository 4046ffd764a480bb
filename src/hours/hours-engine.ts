/** The library-backed half of hours-model.ts, as one chunk that is loaded on demand. */
export { openNow } from './open-now.ts';
export { visitStatus } from './opening-hours.ts';
