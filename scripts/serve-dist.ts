/**
 * The app's own server (server/main.ts, what `npm start` runs) serving a built folder on a free loopback port,
 * for the benchmarks: the app and the bare baseline page are measured behind the same server, with its gzip,
 * cache headers and Content-Security-Policy. Its SQLite file goes to a temporary folder, removed on close.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from './free-port.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export interface Served {
  url: string;
  close(): Promise<void>;
}

export async function serveDist(distDir: string, readyMs = 30_000): Promise<Served> {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'song-heritage-bench-'));
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      DIST_DIR: distDir,
      DATA_DIR: dataDir,
      DATABASE_URL: '',
      LOG: '0',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const exited = new Promise<void>((res) => child.once('exit', () => res()));
  const close = async () => {
    if (child.exitCode === null) child.kill('SIGTERM');
    await exited;
    rmSync(dataDir, { recursive: true, force: true });
  };
  const url = `http://127.0.0.1:${port}/`;
  const deadline = performance.now() + readyMs;
  for (;;) {
    if (child.exitCode !== null) break;
    try {
      if ((await fetch(url)).ok) return { url, close };
    } catch {
      // not listening yet
    }
    if (performance.now() > deadline) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  await close();
  throw new Error(`server for ${distDir} did not answer on ${url}`);
}
