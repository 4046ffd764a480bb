import { describe, expect, it } from 'vitest';
import { clockMinutes, clockText } from '../../../src/hours/clock-text.ts';

describe('clock text', () => {
  it('reads HH:MM as minutes and refuses anything else', () => {
    expect(clockMinutes('16:40')).toBe(1000);
    expect(clockText(clockMinutes('09:05')!)).toBe('09:05');
    expect(clockMinutes('')).toBeUndefined();
    expect(clockMinutes('4:40 PM')).toBeUndefined();
  });
});
