import { describe, expect, it } from 'vitest';
import { refreshDelayMinutes } from '../../lib/data/refresh-schedule';

const now = new Date('2026-11-29T12:00:00Z');
const middle = () => 0.5;

describe('refreshDelayMinutes', () => {
  it('waits the interval when nothing is to be retried', () => {
    expect(refreshDelayMinutes({ intervalHours: 12, now, random: middle })).toBe(720);
  });

  it('comes back sooner for a failed source whose retry is due first', () => {
    const retryAt = new Date(now.getTime() + 30 * 60_000);
    expect(refreshDelayMinutes({ intervalHours: 12, retryAt, now, random: middle })).toBe(30);
  });

  it('never waits less than a minute, even for a retry already due', () => {
    const retryAt = new Date(now.getTime() - 60_000);
    expect(refreshDelayMinutes({ intervalHours: 12, retryAt, now, random: middle })).toBe(1);
  });

  it('keeps the interval when the retry is further away', () => {
    const retryAt = new Date(now.getTime() + 48 * 3_600_000);
    expect(refreshDelayMinutes({ intervalHours: 12, retryAt, now, random: middle })).toBe(720);
  });
});
