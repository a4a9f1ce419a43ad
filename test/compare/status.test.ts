import { describe, expect, it } from 'vitest';
import { describeStatus } from '../../lib/compare/status';
import type { Status } from '../../lib/data/schema';
import { testCitation as cite } from '../support/models';

const names: Record<string, string> = { 'x/next': 'Next' };
const nameOf = (id: string) => names[id];

describe('a model’s status in words', () => {
  it.each<[Status, string]>([
    [{ stage: 'preview', ...cite }, 'Preview'],
    [{ stage: 'deprecated', date: '2026-10-14', ...cite }, 'Deprecated until 2026-10-14'],
    [{ stage: 'deprecated', ...cite }, 'Deprecated'],
    [{ stage: 'retired', date: '2024-01-04', successor: 'x/next', ...cite }, 'Retired on 2024-01-04 · successor: Next'],
    [{ stage: 'retired', successor: 'x/unknown', ...cite }, 'Retired · successor: x/unknown'],
  ])('%j', (status, words) => {
    expect(describeStatus(status, nameOf)).toBe(words);
  });
});
