// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { ComparePage, type ComparePageProps } from '../../components/ComparePage';
import { CostSettings } from '../../components/CostSettings';
import { loadBundledDataset } from '../../lib/data/bundled';
import type { Model } from '../../lib/data/schema';
import { costSettings, DEFAULT_COST_SETTINGS } from '../../lib/settings/cost';

const dataset = loadBundledDataset();
const data = { ...dataset, priceNotes: {} };
const root = () => document.body.appendChild(document.createElement('div'));
const props = (ids: string[], extra: Partial<ComparePageProps> = {}): ComparePageProps => ({
  ids,
  data,
  loading: false,
  cost: DEFAULT_COST_SETTINGS,
  onCostChange: () => undefined,
  search: async () => [],
  onSelectionChange: () => undefined,
  ...extra,
});

afterEach(() => {
  document.body.innerHTML = '';
});

describe('ComparePage', () => {
  it('renders the head-to-head of two models', () => {
    const el = root();
    render(<ComparePage {...props(['openai/gpt-4.1-mini', 'openai/gpt-4.1-nano'])} />, el);
    expect(el.querySelector('h1')?.textContent).toBe('GPT-4.1 mini vs GPT-4.1 nano');
    expect(el.querySelectorAll('.radar-shape')).toHaveLength(2);
    expect(el.querySelector('[data-figure=output]')?.textContent).toContain('GPT-4.1 nano: 4.0× cheaper');
    expect(el.querySelector('.sortable')).toBeNull();
  });

  it('renders three models as a sortable table, and says which ids are unknown', () => {
    const el = root();
    render(<ComparePage {...props(['openai/gpt-4.1-mini', 'openai/gpt-4.1-nano', 'openai/gpt-4.1', 'x/nope'])} />, el);
    expect(el.querySelectorAll('.sortable tbody tr')).toHaveLength(3);
    expect(
      [...el.querySelectorAll('.sortable th[aria-sort]')].every((th) => th.getAttribute('aria-sort') === 'none'),
    ).toBe(true);
    expect(el.textContent).toContain('Not in the dataset: x/nope');
    expect(el.querySelector('.verdict-text')).toBeNull();
  });

  it('renders dataset strings as text and links only to https', () => {
    const hostile = (id: string, name: string): Model => ({
      ...(dataset.models.find((m) => m.id === 'openai/gpt-4.1-mini') as Model),
      id,
      name,
      scores: { 'gpqa-diamond': { value: 60, source: 'openrouter', asOf: '2026-01-01', url: 'http://example.com' } },
    });
    const models = [hostile('x/a', '<img src=x onerror="alert(1)">'), hostile('x/b', 'B')];
    const el = root();
    render(<ComparePage {...props(['x/a', 'x/b'], { data: { ...data, models } })} />, el);
    expect(el.querySelector('img')).toBeNull();
    expect(el.querySelector('h1')?.textContent).toBe('<img src=x onerror="alert(1)"> vs B');
    const hrefs = [...el.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? '');
    expect(hrefs.length).toBeGreaterThan(0);
    expect(hrefs.every((href) => href.startsWith('https://'))).toBe(true);
  });
});

describe('CostSettings', () => {
  it('reports edits in the stored units and ignores what is not a number', () => {
    const changes: unknown[] = [];
    const el = root();
    render(<CostSettings value={DEFAULT_COST_SETTINGS} onChange={(next) => changes.push(next)} />, el);
    const field = (id: string) => el.querySelector(`#${id}`) as HTMLInputElement;
    expect(field('cost-input-share').value).toBe('75');
    expect(el.textContent).toContain('3:1 input:output');
    field('cost-monthly-output').value = '50';
    field('cost-monthly-output').dispatchEvent(new Event('change'));
    field('cost-cached-share').value = '150';
    field('cost-cached-share').dispatchEvent(new Event('change'));
    field('cost-input-share').value = '';
    field('cost-input-share').dispatchEvent(new Event('change'));
    expect(changes).toEqual([
      { ...DEFAULT_COST_SETTINGS, monthlyOutputTokens: 50_000_000 },
      { ...DEFAULT_COST_SETTINGS, cachedShare: 1 },
    ]);
  });

  it('is stored with the defaults until the user changes them', async () => {
    expect(await costSettings.getValue()).toEqual({
      inputShare: 0.75,
      cachedShare: 0,
      monthlyInputTokens: 100_000_000,
      monthlyOutputTokens: 33_000_000,
    });
  });
});
