import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHoverIntent, HOVER_TIMINGS } from '../../lib/page/hover-intent';

function setup() {
  const events: string[] = [];
  const intent = createHoverIntent<string>(
    {
      prepare: (t) => events.push(`prepare ${t}`),
      show: (t) => events.push(`show ${t}`),
      hide: () => events.push('hide'),
    },
    { setTimeout: (run, ms) => setTimeout(run, ms), clearTimeout: (h) => clearTimeout(h as number) },
  );
  return { events, intent };
}

describe('hover intent', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('prepares after the dwell and shows after the show delay', () => {
    const { events, intent } = setup();
    intent.enterTarget('mini');
    vi.advanceTimersByTime(HOVER_TIMINGS.dwellMs - 1);
    expect(events).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(events).toEqual(['prepare mini']);
    vi.advanceTimersByTime(HOVER_TIMINGS.showMs - HOVER_TIMINGS.dwellMs);
    expect(events).toEqual(['prepare mini', 'show mini']);
    expect(intent.state).toBe('shown');
  });

  it('drops a hover that ends before the dwell', () => {
    const { events, intent } = setup();
    intent.enterTarget('mini');
    vi.advanceTimersByTime(100);
    intent.leaveTarget();
    vi.advanceTimersByTime(1000);
    expect(events).toEqual([]);
    expect(intent.state).toBe('idle');
  });

  it('keeps the card through the grace period when the pointer moves onto it', () => {
    const { events, intent } = setup();
    intent.enterTarget('mini');
    vi.advanceTimersByTime(HOVER_TIMINGS.showMs);
    intent.leaveTarget();
    vi.advanceTimersByTime(HOVER_TIMINGS.graceMs - 10);
    intent.enterCard();
    vi.advanceTimersByTime(5000);
    expect(events).toEqual(['prepare mini', 'show mini']);
    intent.leaveCard();
    vi.advanceTimersByTime(HOVER_TIMINGS.graceMs);
    expect(events.at(-1)).toBe('hide');
  });

  it('re-entering the word keeps it open; repeated moves change nothing', () => {
    const { events, intent } = setup();
    intent.enterTarget('mini');
    intent.enterTarget('mini');
    vi.advanceTimersByTime(HOVER_TIMINGS.showMs);
    intent.leaveTarget();
    vi.advanceTimersByTime(100);
    intent.enterTarget('mini');
    vi.advanceTimersByTime(5000);
    expect(events).toEqual(['prepare mini', 'show mini']);
  });

  it('moving to another name closes the old card and starts over', () => {
    const { events, intent } = setup();
    intent.enterTarget('mini');
    vi.advanceTimersByTime(HOVER_TIMINGS.showMs);
    intent.enterTarget('nano');
    expect(events).toEqual(['prepare mini', 'show mini', 'hide']);
    vi.advanceTimersByTime(HOVER_TIMINGS.showMs);
    expect(events.slice(3)).toEqual(['prepare nano', 'show nano']);
  });

  it('dismiss closes at once and cancels pending work', () => {
    const { events, intent } = setup();
    intent.enterTarget('mini');
    vi.advanceTimersByTime(HOVER_TIMINGS.showMs);
    intent.dismiss();
    expect(events.at(-1)).toBe('hide');
    intent.enterTarget('nano');
    intent.dismiss();
    vi.advanceTimersByTime(5000);
    expect(events).toEqual(['prepare mini', 'show mini', 'hide']);
  });
});
