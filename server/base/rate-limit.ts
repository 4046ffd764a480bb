/**
 * Failed-login limiter: at most `max` failures per key (an e-mail, an IP address) within `windowMs`.
 * Kept in the process: several instances behind a load balancer each count their own (documented).
 */
import { systemClock, type Clock } from '../../src/data/clock.ts';

export class FailureLimiter {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly max: number,
    private readonly windowMs: number,
    private readonly now: Clock = systemClock,
  ) {}

  /** Seconds until another attempt is allowed, or 0 if allowed now. */
  retryAfter(key: string): number {
    const t = this.now();
    const list = (this.failures.get(key) ?? []).filter((x) => x > t - this.windowMs);
    if (list.length) this.failures.set(key, list);
    else this.failures.delete(key);
    return list.length >= this.max ? Math.ceil((list[0] + this.windowMs - t) / 1000) : 0;
  }

  fail(key: string) {
    const list = this.failures.get(key) ?? [];
    list.push(this.now());
    this.failures.set(key, list);
  }

  clear(key: string) {
    this.failures.delete(key);
  }
}
