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

  it('says two models of one series are siblings, where each stands, and offers related comparisons and answers', () => {
    const mini = dataset.models.find((m) => m.id === 'openai/gpt-4.1-mini') as Model;
    const nano = dataset.models.find((m) => m.id === 'openai/gpt-4.1-nano') as Model;
    const retired: Model = {
      ...nano,
      status: {
        stage: 'retired',
        date: '2030-01-01',
        successor: 'openai/gpt-4.1',
        source: 'openrouter',
        asOf: '2030-01-01',
      },
    };
    const related = {
      sibling: 'Sibling matchup inside the GPT-4.1 family',
      pairs: [{ ids: ['openai/gpt-4.1-mini', 'openai/gpt-4.1'] as [string, string], reason: 'GPT-4.1 is a tier up' }],
      names: { 'openai/gpt-4.1': 'GPT-4.1', 'openai/gpt-4.1-mini': 'GPT-4.1 mini' },
    };
    const el = root();
    render(
      <ComparePage
        {...props(['openai/gpt-4.1-mini', 'openai/gpt-4.1-nano'], {
          data: { ...data, models: [mini, retired] },
          related,
        })}
      />,
      el,
    );
    expect(el.querySelector('.sibling')?.textContent).toBe('Sibling matchup inside the GPT-4.1 family');
    expect(el.querySelector('.statuses')?.textContent).toBe('GPT-4.1 nano: Retired on 2030-01-01 · successor: GPT-4.1');
    expect(el.querySelector('[data-figure=output]')?.textContent).toContain('$0.40 (last list price)');
    const link = el.querySelector('.related a');
    expect([link?.textContent, link?.getAttribute('href')]).toEqual([
      'GPT-4.1 mini vs GPT-4.1',
      '#openai/gpt-4.1-mini,openai/gpt-4.1',
    ]);
    const questions = [...el.querySelectorAll('.faq dt')].map((dt) => dt.textContent);
    expect(questions[0]).toBe('Which is better, GPT-4.1 mini or GPT-4.1 nano?');
    expect(questions).toContain('Which is better for knowledge, GPT-4.1 mini or GPT-4.1 nano?');
  });

  it('draws every category either model has on the radar', () => {
    const mini = dataset.models.find((m) => m.id === 'openai/gpt-4.1-mini') as Model;
    const only = { ...mini, id: 'x/only', name: 'Only', scores: {} };
    const el = root();
    render(
      <ComparePage {...props(['openai/gpt-4.1-mini', 'x/only'], { data: { ...data, models: [mini, only] } })} />,
      el,
    );
    const labels = [...el.querySelectorAll('.radar-label')].map((t) => t.textContent);
    expect(labels.length).toBeGreaterThanOrEqual(3);
    expect(el.querySelectorAll('.radar-missing').length).toBe(labels.length);
  });
});
