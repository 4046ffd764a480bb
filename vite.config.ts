/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

/**
 * Navigations the service worker must pass to the network instead of answering with the cached app shell:
 * the events service (a subscribed /api/events.ics opened in a tab, an API link) is never the app.
 */
export const NAVIGATE_FALLBACK_DENYLIST = [
  /^\/api\//,
  // The static pages of places, walks, areas and events (scripts/pages.ts) are pages of their own.
  /^\/(?:(?:en|zh-Hant|zh-Hant-HK)\/)?(?:places|walks|areas|events)\//,
  /^\/(?:sitemap\.xml|events\.atom)$/,
];

export default defineConfig({
  // Relative base: the built app works from any path (a sub-folder, a QR-code landing page, file hosting).
  base: './',
  plugins: [
    // Offline: the service worker precaches the app, MapLibre, the basemap and every data file after one
    // visit. A new version waits until the visitor accepts it (the app shows a prompt).
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['icons/*.svg', 'icons/*.png'],
      manifest: {
        name: '宋韵上城 · Song Heritage Map',
        short_name: '宋韵上城',
        description: 'Southern Song Lin’an in Shangcheng, Hangzhou: places, walks and what is on, offline.',
        lang: 'zh-Hans',
        start_url: './',
        scope: './',
        display: 'standalone',
        background_color: '#f4efe4',
        theme_color: '#2b2622',
        icons: [
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icons/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{html,js,mjs,css,json,geojson,ics,svg,png,pbf}'],
        // MapLibre's main chunk is ~1.1 MB; precache it too, or the map is gone offline.
        maximumFileSizeToCacheInBytes: 3 * 1024 * 1024,
        navigateFallback: 'index.html',
        navigateFallbackDenylist: NAVIGATE_FALLBACK_DENYLIST,
        cleanupOutdatedCaches: true,
        // The first worker takes over the open page at once, so the first visit is already offline-ready.
        clientsClaim: true,
      },
    }),
  ],
  build: {
    target: 'es2022',
    // maplibre-gl alone is ~1 MB minified; it is split out and loaded after first paint.
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      // Two pages: the tourist app, and the organizer and moderator page (src/organizer/), which tourists
      // never download.
      input: { main: 'index.html', organize: 'organize.html' },
      output: {
        codeSplitting: {
          groups: [
            { name: 'maplibre', test: /node_modules[\\/]maplibre-gl/ },
            { name: 'lit', test: /node_modules[\\/](lit|lit-html|lit-element|@lit)[\\/]/ },
          ],
        },
      },
    },
  },
  server: { host: '127.0.0.1', port: 5173, strictPort: true },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/server/**/*.test.ts'],
    environment: 'node',
  },
});
