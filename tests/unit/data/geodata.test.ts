import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

// The shipped data, checked through the same command the build runs. Each case starts a Node process that
// compiles TypeScript and validates every file: seconds, not milliseconds, on a busy 2-core machine.
describe('npm run data', { timeout: 60_000 }, () => {
  it('finds no error in geodata/', () => {
    const out = execFileSync('npx', ['tsx', 'scripts/data.ts', '--check'], { encoding: 'utf8' });
    expect(out).toMatch(/^geodata OK: \d+ heritage features in 6 areas/);
  });

  it('exits 1 and prints file:feature:field lines for a broken data folder', () => {
    let stderr = '';
    let status = 0;
    try {
      execFileSync('npx', ['tsx', 'scripts/data.ts', 'tests/fixtures/broken-geodata', '--check'], {
        encoding: 'utf8',
        stdio: 'pipe',
      });
    } catch (e) {
      const err = e as { status: number; stderr: string };
      status = err.status;
      stderr = err.stderr;
    }
    expect(status).toBe(1);
    expect(stderr).toContain(
      'tests/fixtures/broken-geodata/layers/deshou.geojson:p:sources: needs at least one source',
    );
    expect(stderr).toContain('missing layer file for area "imperial-city"');
  });

  it('prints a place far from the walking network and two places that plan as a 0 m walk', () => {
    let stderr = '';
    try {
      execFileSync('npx', ['tsx', 'scripts/data.ts', 'tests/fixtures/unreachable-geodata', '--check'], {
        encoding: 'utf8',
        stdio: 'pipe',
      });
    } catch (e) {
      stderr = (e as { stderr: string }).stderr;
    }
    expect(stderr).toContain(
      'tests/fixtures/unreachable-geodata/layers/deshou.geojson:far:geometry: is 389 m from the walking network',
    );
    expect(stderr).toContain(
      'tests/fixtures/unreachable-geodata/layers/deshou.geojson:south-of-street:geometry: meets the walking network at the same point as "north-of-street"',
    );
  });
});
