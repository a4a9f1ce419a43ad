// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ModelCard } from '../../components/ModelCard';
import { ResultPrice } from '../../components/ResultPrice';
import { SeriesCard } from '../../components/SeriesCard';
import type { Benchmark, Model, Provider, Source } from '../../lib/data/schema';
import { testCitation as cite, testBenchmark, testModel } from '../support/models';

const url = 'https://example.com';
const benchmarks: Benchmark[] = [
  testBenchmark('gpqa-diamond', 'GPQA Diamond', 'GPQA', 'knowledge'),
  testBenchmark('ifeval', 'IFEval', 'IFEval', 'instruction-following'),
];
const providers: Provider[] = [{ id: 'acme', name: 'Acme AI', url }];
const sources: Source[] = [{ id: 'test', name: 'Test Source', url, kind: 'aggregator', licence: 'CC0' }];
const registries = { benchmarks, providers, sources };

const figures = (input: number, output: number, gpqa: number, ifeval: number): Partial<Model> => ({
  price: { input, output, cachedInput: input / 4, ...cite },
  limits: { context: 128_000, maxOutput: 16_384, ...cite },
  speed: { outputTokensPerSecond: 90, timeToFirstTokenSeconds: 0.5, ...cite },
  scores: { 'gpqa-diamond': { value: gpqa, ...cite }, ifeval: { value: ifeval, ...cite } },
});
const big = testModel('acme/big', { name: 'Acme Big', ...figures(0.4, 1.6, 65, 84) });
const small = testModel('acme/small', { name: 'Acme Small', ...figures(0.1, 0.4, 50.3, 74.5) });

const root = () => document.body.appendChild(document.createElement('div'));
const buttons = (el: Element) => [...el.querySelectorAll('button')].map((b) => b.textContent);

afterEach(() => {
  render(null, document.body);
  document.body.innerHTML = '';
});

describe('the compact card', () => {
  it('answers first: name, provider, prices, speed, context, overall, a verdict and the 3 largest differences', () => {
    const el = root();
    render(<ModelCard model={big} target={small} {...registries} onToggleMore={() => {}} onCompare={() => {}} />, el);
    const text = el.textContent ?? '';
    for (const expected of ['Acme Big', 'Acme AI', '$0.40', '$1.60', '$0.70', '90 tok/s', '128K', 'Overall 75.7']) {
      expect(text).toContain(expected);
    }
    expect(el.querySelector('h3')?.textContent).toBe('vs Acme Small: stronger, at 4.0× the price');
    expect([...el.querySelectorAll('.deltas li')].map((li) => li.textContent)).toEqual([
      '▼4.0× the output price',
      '▲+14.7 GPQA',
      '▲+12.5 overall',
    ]);
    // Cached price, max output, scores, the id and sources wait under More.
    for (const later of ['Cached', 'Max output', 'acme/big', 'Test Source', 'Knowledge', '65.0%']) {
      expect(text).not.toContain(later);
    }
    expect(buttons(el)).toEqual(['More', 'Compare']);
    expect(el.querySelector('button.compare')?.getAttribute('aria-label')).toBe('Compare with Acme Small');
  });

  it('opens everything else with More, which then reads Less', () => {
    const el = root();
    const onToggleMore = vi.fn();
    render(
      <ModelCard
        model={big}
        target={small}
        {...registries}
        targetChoices={[
          { id: 'acme/small', name: 'Acme Small' },
          { id: 'acme/other', name: 'Other' },
        ]}
        onTarget={() => {}}
        onToggleMore={onToggleMore}
        onCopyId={async () => {}}
        onSetBaseline={() => {}}
      />,
      el,
    );
    (el.querySelector('button.more') as HTMLButtonElement).click();
    expect(onToggleMore).toHaveBeenCalledOnce();
    render(
      <ModelCard
        model={big}
        target={small}
        {...registries}
        expanded
        targetChoices={[
          { id: 'acme/small', name: 'Acme Small' },
          { id: 'acme/other', name: 'Other' },
        ]}
        onTarget={() => {}}
        onToggleMore={onToggleMore}
        onCopyId={async () => {}}
        onSetBaseline={() => {}}
      />,
      el,
    );
    const text = el.textContent ?? '';
    for (const expected of [
      'Cached /1M$0.10',
      'Max output16K',
      'acme/big',
      'Knowledge',
      '65.0%',
      'Price: Test Source',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).toContain('More vs Acme Small');
    expect(el.querySelector('.target-switch select')).not.toBeNull();
    expect(buttons(el)).toEqual(['Less', 'Set as baseline', 'Copy id']);
    expect(el.querySelector('button.more')?.getAttribute('aria-expanded')).toBe('true');
  });

  it('shows everything where there is no More (the popup, the comparison page)', () => {
    const el = root();
    render(<ModelCard model={big} {...registries} />, el);
    expect(el.textContent).toContain('acme/big');
    expect(el.querySelector('button.more')).toBeNull();
  });

  it('says how to get a comparison when there is no target', () => {
    const el = root();
    render(<ModelCard model={big} {...registries} onToggleMore={() => {}} />, el);
    expect(el.querySelector('.hint')?.textContent).toMatch(/set a baseline/);
  });
});

describe('status on the card', () => {
  it.each([
    [{ stage: 'preview' as const, ...cite }, 'Preview', 'Input /1M'],
    [{ stage: 'deprecated' as const, date: '2026-10-14', ...cite }, 'Deprecated until 2026-10-14', 'Input /1M'],
    [
      { stage: 'retired' as const, date: '2024-01-04', successor: 'acme/big', ...cite },
      'Retired on 2024-01-04 · successor: Acme Big',
      'Last input',
    ],
  ])('%j', (status, line, priceLabel) => {
    const el = root();
    render(
      <ModelCard model={{ ...small, status }} {...registries} successorName="Acme Big" onToggleMore={() => {}} />,
      el,
    );
    expect(el.querySelector('.status')?.textContent).toBe(line);
    expect(el.querySelector('.figure dt')?.textContent).toBe(priceLabel);
  });
});

describe('a model sold by another unit than the token', () => {
  const voice = testModel('acme/voice', {
    name: 'Acme Voice',
    kind: 'speech-to-text',
    unitPrice: { usd: 0.006, per: 'minute', ...cite },
  });

  it('shows its price per unit where a chat model shows prices per 1M tokens, and cites it', () => {
    const el = root();
    render(<ModelCard model={voice} {...registries} onToggleMore={() => {}} />, el);
    const figures = [...el.querySelectorAll('.figures .figure')].map((f) => f.textContent);
    expect(figures[0]).toBe('Price$0.006 per minute');
    expect(el.textContent).not.toContain('Input /1M');
    render(<ModelCard model={voice} {...registries} />, el);
    expect(el.querySelector('.provenance')?.textContent).toContain(`Price: Test Source, ${cite.asOf}`);
  });

  it('lists it so in a series card', () => {
    const el = root();
    render(
      <SeriesCard series={{ id: 'voice', name: 'Acme Voice', provider: 'acme' }} members={[voice]} {...registries} />,
      el,
    );
    expect(el.querySelector('tbody td')?.textContent).toBe('$0.006 per minute');
  });
});

describe('a variant on the card', () => {
  it("names the variant, says what differs, and marks the figures as its base's", () => {
    const el = root();
    render(
      <ModelCard
        model={big}
        {...registries}
        variant={{ name: 'someone/Acme-Big-abliterated', traits: ['abliterated by someone'] }}
        onToggleMore={() => {}}
      />,
      el,
    );
    expect(el.querySelector('h2')?.textContent).toBe('someone/Acme-Big-abliterated');
    expect(el.querySelector('.variant')?.textContent).toBe('Variant of Acme Big: abliterated by someone');
    const base = el.querySelector('section.base');
    expect(base?.getAttribute('aria-label')).toBe("Acme Big's figures");
    expect(base?.textContent).toContain('Figures of Acme Big, not of this variant');
    expect(base?.textContent).toContain('$0.40');
  });
});

describe('the price check on the card', () => {
  it('says what the page states and what holds now, with the source', () => {
    const el = root();
    render(
      <ModelCard
        model={big}
        {...registries}
        priceCheck={{ prices: [{ side: 'input', stated: 5, listed: 0.4 }], holds: false }}
        onToggleMore={() => {}}
      />,
      el,
    );
    expect(el.querySelector('.price-check')?.textContent).toBe(
      'This page says $5.00 input; now $0.40 (Test Source, 2026-01-01)',
    );
  });
});

describe('the series card', () => {
  const members = [
    testModel('acme/s', { name: 'Acme 2 Small', tier: 'S', ...figures(0.1, 0.4, 50, 70) }),
    testModel('acme/m', { name: 'Acme 2 Medium', ...figures(0.4, 1.6, 60, 80) }),
    testModel('acme/l', { name: 'Acme 2 Large' }),
  ];
  const series = { id: 'acme-2', name: 'Acme 2', provider: 'acme' };

  it('lists the members with their figures, the cheapest and best marked', () => {
    const el = root();
    render(<SeriesCard series={series} members={members} {...registries} />, el);
    expect(el.querySelector('h2')?.textContent).toBe('Acme 2');
    expect(el.querySelector('.meta')?.textContent).toBe('Acme AI3 models');
    const rows = [...el.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((cell) => cell.textContent));
    expect(rows).toEqual([
      // Overall on the common scale (lib/compare/overall.ts): GPQA and IFEval, neither fitted here, at face value.
      ['Scheapest', '$0.10 / $0.40', '60.4', '128K', '90'],
      ['Mediumbest', '$0.40 / $1.60', '71.0', '128K', '90'],
      ['Large', 'no data', 'no data', 'no data', 'no data'],
    ]);
  });

  it('opens a member’s card from its row, and compares them all', () => {
    const el = root();
    const onOpenModel = vi.fn();
    const onCompare = vi.fn();
    render(
      <SeriesCard series={series} members={members} {...registries} onOpenModel={onOpenModel} onCompare={onCompare} />,
      el,
    );
    expect(buttons(el)).toEqual(['S', 'Medium', 'Large', 'Compare all (3)']);
    (el.querySelectorAll('button.member')[1] as HTMLButtonElement).click();
    (el.querySelector('button.compare') as HTMLButtonElement).click();
    expect(onOpenModel).toHaveBeenCalledWith('acme/m');
    expect(onCompare).toHaveBeenCalledWith(['acme/s', 'acme/m', 'acme/l']);
  });

  it('says first that the name the page writes is a model of the series the dataset lacks', () => {
    const el = root();
    render(<SeriesCard series={series} members={members} {...registries} unlistedName="Acme-2-9B-Chat" />, el);
    expect(el.querySelector('.unlisted')?.textContent).toBe(
      "Acme-2-9B-Chat: not in the dataset. Its series' models, for comparison:",
    );
    render(<SeriesCard series={series} members={members} {...registries} />, el);
    expect(el.querySelector('.unlisted')).toBeNull();
  });
});

describe('status in search results', () => {
  it.each([
    [undefined, '$0.10 / $0.40'],
    [{ stage: 'preview' as const, ...cite }, 'preview$0.10 / $0.40'],
    [{ stage: 'deprecated' as const, date: '2026-10-14', ...cite }, 'deprecated 2026-10-14$0.10 / $0.40'],
    [{ stage: 'retired' as const, date: '2024-01-04', ...cite }, 'retired 2024-01-04last $0.10 / $0.40'],
  ])('%j', (status, text) => {
    const el = root();
    render(
      <ResultPrice model={{ id: 'acme/small', name: 'Small', provider: 'acme', price: small.price, status }} />,
      el,
    );
    expect(el.textContent).toBe(text);
  });

  it('gives a price per unit where there is none per token', () => {
    const el = root();
    const unitPrice = { usd: 0.04, per: 'image' as const, ...cite };
    render(<ResultPrice model={{ id: 'acme/painter', name: 'Painter', provider: 'acme', unitPrice }} />, el);
    expect(el.textContent).toBe('$0.04 per image');
  });
});
