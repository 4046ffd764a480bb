import { existsSync } from 'node:fs';

/** Debian's chromium binary (the wrapper script trips on some /dev/shm setups, so prefer the real one). */
export const CHROMIUM_CANDIDATES = [
  '/usr/lib/chromium/chromium',
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
];

export function chromiumPath(): string | undefined {
  return process.env.CHROMIUM_PATH ?? CHROMIUM_CANDIDATES.find((p) => existsSync(p));
}

/**
 * Launch flags for every headless Chromium this project starts (tests, benchmarks, screenshots):
 * software WebGL2 (MapLibre 6 needs WebGL2 and CI has no GPU), and no phoning home on a closed network.
 */
export const CHROMIUM_ARGS = [
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--ignore-gpu-blocklist',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  // Running as root.
  '--no-sandbox',
];
