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

describe('the custom source’s address', () => {
  const custom = (status: Partial<SourceStatus>) =>
    source({ id: 'custom', name: 'Custom dataset', enabled: false, ...status });
  const show = (el: HTMLElement, status: Partial<SourceStatus>) =>
    render(<DataSources sources={[custom(status)]} intervalHours={12} busy={false} {...IGNORED_SOURCE_ACTIONS} />, el);

  it('keeps what the reader is typing when the status comes again, and shows an address stored anew', () => {
    const el = document.body.appendChild(document.createElement('div'));
    show(el, { url: 'https://a.test/data.json' });
    const field = () => el.querySelector<HTMLInputElement>('.source-url input') as HTMLInputElement;
    field().value = 'https://b.test/da';
    // The page reads the status again while the reader types: a refresh finished meanwhile.
    show(el, { url: 'https://a.test/data.json', lastAttempt: '2026-12-06T14:35:35.439Z' });
    expect(field().value).toBe('https://b.test/da');
    // Imported settings store another address: the field shows it.
    show(el, { url: 'https://c.test/data.json' });
    expect(field().value).toBe('https://c.test/data.json');
  });
});
