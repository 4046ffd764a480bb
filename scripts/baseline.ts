/**
 * The bare page the benchmarks compare the app with (bench/baseline/: plain MapLibre drawing the same geodata,
 * no Lit, no app shell). Built with Vite into bench/baseline/dist, which the caller removes when done
 * (`eslint .` would otherwise lint its minified bundle).
 */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const BASELINE = join(ROOT, 'bench', 'baseline');
export const BASELINE_DIST = join(BASELINE, 'dist');

export async function buildBaseline(): Promise<void> {
  await build({
    configFile: false,
    root: BASELINE,
    base: './',
    publicDir: join(ROOT, 'public'),
    logLevel: 'warn',
    build: {
      outDir: BASELINE_DIST,
      emptyOutDir: true,
      target: 'es2022',
      chunkSizeWarningLimit: 1500,
      // Same split as vite.config.ts, so the MapLibre chunk is named (and counted) the same way.
      rolldownOptions: {
        output: {
          codeSplitting: { groups: [{ name: 'maplibre', test: /node_modules[\\/]maplibre-gl/ }] },
        },
      },
    },
  });
}
