/**
 * Sign-in limits, in-process half. The hard limits are also counted in the database (store/sign-ins.ts) so
 * that several instances behind a load balancer share them; this half stops a burst on one instance before
 * its first await, and keeps the per-e-mail delay (a delay, not a lock, so per instance is safe).
 *
 * Contract of `SignInLimiter`:
 * - An attempt is **reserved** (counted as a failure) synchronously, before any await and before scrypt
 *   runs, and released only when the password was right. So a burst of concurrent requests sees every
 *   earlier attempt of the burst: no more than the limit are ever checked.
 * - Hard limits (429 with Retry-After) apply per client address (`perClient` failures, any e-mail) and per
 *   e-mail **and** client together (`perPair`): a client that guesses is stopped, the account is not.
 * - The e-mail alone is never locked. After `perEmailFree` failures from anywhere, attempts on it are
 *   spaced by a delay that doubles with each further failure (capped at `maxDelayMs`): the answer waits,
 *   it is not refused, so a real user signs in a few seconds late while someone else guesses. Only when
 *   the queue of spaced attempts is longer than `maxWaitMs` (very many clients at once) is the attempt
 *   refused with 429.
 */
import type { Clock } from '../../src/data/clock.ts';

export interface SignInLimits {
  windowMs: number;
  perClient: number;
  perPair: number;
  perEmailFree: number;
  baseDelayMs: number;
  maxDelayMs: number;
  maxWaitMs: number;
}

export const SIGN_IN_LIMITS: SignInLimits = {
  windowMs: 15 * 60_000,
  perClient: 20,
  perPair: 5,
  perEmailFree: 5,
  baseDelayMs: 500,
  maxDelayMs: 8_000,
  maxWaitMs: 30_000,
};

/** Failure times per key within a sliding window. */
class Window {
  private readonly times = new Map<string, number[]>();

  constructor(private readonly windowMs: number) {}

  /** The failures of `key` still in the window at `t` (oldest first). */
  list(key: string, t: number): number[] {
    const kept = (this.times.get(key) ?? []).filter((x) => x > t - this.windowMs);
    if (kept.length) this.times.set(key, kept);
    else this.times.delete(key);
    return kept;
  }

  add(key: string, t: number) {
    const list = this.times.get(key) ?? [];
    list.push(t);
    this.times.set(key, list);
  }

  /** Takes back one failure recorded at `t`. */
  remove(key: string, t: number) {
    const list = this.times.get(key);
    const i = list?.lastIndexOf(t) ?? -1;
    if (list && i >= 0) list.splice(i, 1);
  }

  clear(key: string) {
    this.times.delete(key);
  }

  /** Seconds until the oldest of `max` failures leaves the window; 0 when under `max`. */
  retryAfter(key: string, max: number, t: number): number {
    const list = this.list(key, t);
    return list.length >= max
      ? Math.max(1, Math.ceil((list[list.length - max] + this.windowMs - t) / 1000))
      : 0;
  }
}

export type Reservation =
  | { ok: false; retryAfterS: number }
  | {
      ok: true;
      /** Milliseconds the caller must wait before checking the password (the e-mail's delay). */
      delayMs: number;
      /** The password was right: the attempt is no longer a failure, the pair's count is cleared. */
      succeeded(): void;
      /** The attempt was refused after all (by the shared count): it is not a failure here either. */
      cancel(): void;
    };

export class SignInLimiter {
  private readonly clients: Window;
  private readonly pairs: Window;
  private readonly emails: Window;
  /** Per e-mail: when the next spaced attempt may be checked (epoch ms). */
  private readonly nextSlot = new Map<string, number>();

  constructor(
    private readonly now: Clock,
    private readonly limits: SignInLimits = SIGN_IN_LIMITS,
  ) {
    this.clients = new Window(limits.windowMs);
    this.pairs = new Window(limits.windowMs);
    this.emails = new Window(limits.windowMs);
  }

  /** Synchronous on purpose (see the contract above): never put an await before it. */
  reserve(email: string, client: string): Reservation {
    const t = this.now();
    const l = this.limits;
    const pair = `${client} ${email}`;
    const wait = Math.max(
      this.clients.retryAfter(client, l.perClient, t),
      this.pairs.retryAfter(pair, l.perPair, t),
    );
    if (wait > 0) return { ok: false, retryAfterS: wait };
    const failures = this.emails.list(email, t).length;
    let delayMs = 0;
    if (failures >= l.perEmailFree) {
      const step = Math.min(l.maxDelayMs, l.baseDelayMs * 2 ** (failures - l.perEmailFree));
      const slot = Math.max(t, this.nextSlot.get(email) ?? 0);
      if (slot - t > l.maxWaitMs) return { ok: false, retryAfterS: Math.ceil((slot - t) / 1000) };
      this.nextSlot.set(email, slot + step);
      delayMs = slot - t + step;
    } else this.nextSlot.delete(email);
    this.clients.add(client, t);
    this.pairs.add(pair, t);
    this.emails.add(email, t);
    return {
      ok: true,
      delayMs,
      succeeded: () => {
        this.clients.remove(client, t);
        this.emails.remove(email, t);
        this.pairs.clear(pair);
      },
      cancel: () => {
        this.clients.remove(client, t);
        this.emails.remove(email, t);
        this.pairs.remove(pair, t);
      },
    };
  }
}
