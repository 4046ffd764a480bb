/**
 * The shared sign-in count (server/store/sign-ins.ts) on both databases: a concurrent burst of attempts on
 * one key lets exactly `max` through, and a refused attempt leaves nothing behind.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { migrate } from '../../server/db/migrate.ts';
import { SignInStore } from '../../server/store/sign-ins.ts';
import type { Db } from '../../server/db/db.ts';
import { BACKENDS, PG_URL } from './harness.ts';

const WINDOW = 15 * 60_000;
const T = Date.parse('2027-03-01T02:00:00Z');

for (const backend of BACKENDS) {
  const d = backend.name === 'postgres' && !PG_URL ? describe.skip : describe;
  d(`shared sign-in count [${backend.name}]`, () => {
    let opened: { db: Db; cleanup: () => Promise<void> } | undefined;
    const store = async () => {
      opened = await backend.open();
      await migrate(opened.db, () => T);
      return new SignInStore(opened.db, WINDOW);
    };
    afterEach(async () => {
      await opened?.db.close();
      await opened?.cleanup();
    });

    it('lets exactly max of a concurrent burst of 20 through', async () => {
      const s = await store();
      const results = await Promise.all(
        Array.from({ length: 20 }, () => s.reserve([{ key: 'pair 10.0.0.1 a@example.org', max: 5 }], T)),
      );
      expect(results.filter((r) => r.ok)).toHaveLength(5);
    });

    it('refuses with the seconds until the oldest counted failure leaves the window', async () => {
      const s = await store();
      for (let i = 0; i < 5; i++) await s.reserve([{ key: 'client 10.0.0.1', max: 5 }], T + i * 60_000);
      const r = await s.reserve([{ key: 'client 10.0.0.1', max: 5 }], T + 5 * 60_000);
      expect(r).toEqual({ ok: false, retryAfterS: 10 * 60 });
    });

    it('counts a key again once its failures have left the window', async () => {
      const s = await store();
      for (let i = 0; i < 5; i++) await s.reserve([{ key: 'client 10.0.0.1', max: 5 }], T);
      expect((await s.reserve([{ key: 'client 10.0.0.1', max: 5 }], T + WINDOW)).ok).toBe(true);
    });
  });
}
