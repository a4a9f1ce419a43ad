// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { DataSources } from '../../components/DataSources';
import type { SourceStatusList } from '../../lib/messaging/protocol';
import { IGNORED_SOURCE_ACTIONS } from '../support/source-actions';

type SourceStatus = SourceStatusList['sources'][number];

const source = (status: Partial<SourceStatus>): SourceStatus => ({
  id: 'openrouter',
  name: 'OpenRouter models API',
  description: 'Current prices.',
  enabled: true,
  ...status,
});

function statusOf(status: Partial<SourceStatus>): string[] {
  const el = document.body.appendChild(document.createElement('div'));
  render(<DataSources sources={[source(status)]} intervalHours={12} busy={false} {...IGNORED_SOURCE_ACTIONS} />, el);
  return [...el.querySelectorAll('.source-status dt, .source-status dd')].map((e) => e.textContent ?? '');
}

afterEach(() => {
  render(null, document.body);
  document.body.innerHTML = '';
});

describe('a live source’s status', () => {
  it('says a source that is on and not yet tried is due now, not "never"', () => {
    expect(statusOf({})).toEqual(['Last refreshed', 'never', 'Next refresh', 'due now']);
  });

  it('gives the time of the next try once one is set, and the last error', () => {
    const next = '2026-12-06T15:05:35.439Z';
    const shown = statusOf({
      lastAttempt: '2026-12-06T14:35:35.439Z',
      nextAttempt: next,
      lastError: 'could not reach openrouter.ai',
    });
    expect(shown).toEqual([
      'Last refreshed',
      'never',
      'Next refresh',
      new Date(next).toLocaleString(),
      'Last error',
      'could not reach openrouter.ai',
    ]);
  });

  it('says nothing of a next refresh for a source that is off', () => {
    expect(statusOf({ enabled: false })).toEqual(['Last refreshed', 'never']);
  });
});
