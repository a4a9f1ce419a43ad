// @vitest-environment happy-dom
import { type ComponentChild, render } from 'preact';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { safeHref } from '../../components/CompareCite';
import { ComparePage } from '../../components/ComparePage';
import { DataSources } from '../../components/DataSources';
import { ModelCard } from '../../components/ModelCard';
import { OnThisPage } from '../../components/OnThisPage';
import { SearchPanel } from '../../components/SearchPanel';
import type { Benchmark, Model, Provider, Source } from '../../lib/data/schema';
import type { ModelSummary } from '../../lib/messaging/protocol';
import { DEFAULT_COST_SETTINGS } from '../../lib/settings/cost';
import { HOSTILE_TEXT, HOSTILE_URLS } from '../support/hostile-responses';
import { testModel } from '../support/models';
import { IGNORED_SOURCE_ACTIONS } from '../support/source-actions';

/**
 * Dataset strings that are markup and script, and links that are not https, reach the views as
 * they are (as if no validation had stopped them): every view must show the strings as text, add
 * no element of its own making, and link only to https addresses.
 */

const settle = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** What `find` gives once it gives something, waiting a turn at a time (at most a hundred). */
async function until<T>(find: () => T | null | undefined): Promise<T | null | undefined> {
  for (let turn = 0; turn < 100 && !find(); turn++) await settle();
  return find();
}
const PLAIN_TEXT = 'Plain name';
const PLAIN_URL = 'https://plain.example/page';

interface Fixture {
  models: [Model, Model, Model];
  providers: Provider[];
  sources: Source[];
  benchmarks: Benchmark[];
}

/** Three models, their provider, source and benchmarks, every string `text` and every link `url`. */
function fixture(text: string, url: string): Fixture {
  const cited = { source: 'acme-source', asOf: '2026-11-01', url, note: text };
  const model = (id: string, n: number) =>
    testModel(id, {
      name: `${text} ${n}`,
      provider: 'acme',
      aliases: [text],
      releaseDate: '2026-01-01',
      price: { input: n, output: n * 4, cachedInput: n / 10, ...cited },
      limits: { context: 128_000 * n, maxOutput: 8_000, ...cited },
      speed: { outputTokensPerSecond: 100 / n, timeToFirstTokenSeconds: 0.5 * n, ...cited },
      scores: {
        'acme-bench': { value: 40 + n * 5, ...cited },
        'gpqa-diamond': { value: 50 + n, ...cited },
      },
    });
  return {
    models: [model('acme/one', 1), model('acme/two', 2), model('acme/three', 3)],
    providers: [{ id: 'acme', name: text, url }],
    sources: [{ id: 'acme-source', name: text, url, kind: 'vendor', licence: text, attribution: text }],
    benchmarks: [
      {
        id: 'gpqa-diamond',
        name: text,
        shortName: text,
        category: 'knowledge',
        unit: 'percent',
        higherIsBetter: true,
        url,
      },
      { id: 'acme-bench', name: text, shortName: text, category: 'coding', unit: 'percent', higherIsBetter: true, url },
    ],
  };
}

const summaryOf = (model: Model): ModelSummary => ({
  id: model.id,
  name: model.name,
  provider: model.provider,
  price: model.price,
  overall: { value: 51, provisional: true },
});

/** Each view, rendered from a fixture; some need a moment (a search) before they show the dataset's strings. */
interface View {
  view: ComponentChild;
  act?(root: Element): Promise<void>;
  /** The view links to the pages of its figures. */
  links?: boolean;
}

const VIEWS: Record<string, (f: Fixture) => View> = {
  'the card': ({ models: [a, b], ...registries }) => ({
    view: (
      <ModelCard
        model={a}
        target={b}
        {...registries}
        variant={{ name: a.name, traits: [a.name] }}
        priceNote={a.name}
        targetChoices={[{ id: b.id, name: b.name }]}
        onTarget={() => {}}
        onCompare={() => {}}
      />
    ),
  }),
  'the popup search results and the card they open': ({ models, ...registries }) => ({
    view: (
      <SearchPanel
        initialQuery="acme"
        search={async () => models.map(summaryOf)}
        details={async (id) => ({ model: models.find((m) => m.id === id) ?? models[0], ...registries })}
      />
    ),
    async act(root) {
      // The search answers and the card opens a few turns later, more on a busy machine.
      (await until(() => root.querySelector<HTMLElement>('.result')))?.click();
      await until(() => root.querySelector('.card'));
    },
  }),
  'the popup list of the page': ({ models }) => ({
    view: (
      <OnThisPage
        state={{ kind: 'models', models: models.map((m) => ({ id: m.id, name: m.name, mentions: 2 })) }}
        onChoose={() => {}}
        onCompare={() => {}}
      />
    ),
  }),
  'the comparison of two': (f) => ({ view: comparePage(f, 2), act: settle, links: true }),
  'the comparison of three': (f) => ({ view: comparePage(f, 3), act: settle }),
  'the options page sources': ({ models: [a] }) => ({
    view: (
      <DataSources
        sources={[
          {
            id: 'custom',
            name: a.name,
            description: a.name,
            enabled: true,
            url: a.price?.url,
            lastError: `The custom dataset has no valid model (model 1: ${a.name})`,
            needsAccess: true,
          },
        ]}
        intervalHours={12}
        busy={false}
        message={a.name}
        {...IGNORED_SOURCE_ACTIONS}
      />
    ),
  }),
};

function comparePage({ models, ...registries }: Fixture, count: number) {
  const shown = models.slice(0, count);
  return (
    <ComparePage
      ids={shown.map((m) => m.id)}
      data={{ models: shown, ...registries, priceNotes: Object.fromEntries(shown.map((m) => [m.id, m.name])) }}
      loading={false}
      cost={DEFAULT_COST_SETTINGS}
      onCostChange={() => {}}
      search={async () => []}
      onSelectionChange={() => {}}
    />
  );
}

async function rendered(name: string, text: string, url: string): Promise<Element> {
  const root = document.body.appendChild(document.createElement('div'));
  const { view, act } = VIEWS[name]?.(fixture(text, url)) ?? { view: null };
  render(view, root);
  await act?.(root);
  return root;
}

const tagsOf = (root: Element) => [...root.querySelectorAll('*')].map((el) => el.tagName.toLowerCase());

/** Everything the markup must not have: event-handler attributes, and links that are not https. */
function unsafeMarkup(root: Element): string[] {
  const problems: string[] = [];
  for (const el of root.querySelectorAll('*')) {
    for (const attribute of el.getAttributeNames()) {
      if (/^on/i.test(attribute)) problems.push(`<${el.tagName.toLowerCase()} ${attribute}>`);
    }
    const href = el.getAttribute('href') ?? el.getAttribute('xlink:href') ?? el.getAttribute('src');
    if (href !== null && !href.startsWith('https://')) problems.push(`<${el.tagName.toLowerCase()}> to ${href}`);
  }
  return problems;
}

/** Each payload once with a plain https link (it is the text of the link), and with each unsafe link. */
const CASES: [string, string][] = [
  ...HOSTILE_TEXT.map((text): [string, string] => [text, PLAIN_URL]),
  ...HOSTILE_URLS.map((url, i): [string, string] => [HOSTILE_TEXT[i % HOSTILE_TEXT.length] ?? '', url]),
];

describe('safeHref', () => {
  it.each(HOSTILE_URLS)('makes no link of %j', (url) => {
    expect(safeHref(url)).toBeUndefined();
  });

  it('links to an https address as it is written', () => {
    expect(safeHref(PLAIN_URL)).toBe(PLAIN_URL);
    expect(safeHref('https://openrouter.ai')).toBe('https://openrouter.ai');
  });
});
let renders = 0;

afterEach(() => {
  render(null, document.body);
  document.body.innerHTML = '';
});

afterAll(() => {
  console.log(
    `hostile strings: ${CASES.length} payload and link pairs, ${renders} renders of ${Object.keys(VIEWS).length} views`,
  );
});

describe.each(Object.keys(VIEWS))('%s', (view) => {
  /** The elements the view makes of plain strings. */
  let plain: string[] = [];

  it('shows plain strings, and links to https pages', async () => {
    const root = await rendered(view, PLAIN_TEXT, PLAIN_URL);
    plain = tagsOf(root);
    expect(root.textContent).toContain(PLAIN_TEXT);
    expect(unsafeMarkup(root)).toEqual([]);
    if (VIEWS[view]?.(fixture(PLAIN_TEXT, PLAIN_URL)).links) {
      expect(root.querySelector(`a[href="${PLAIN_URL}"]`)).not.toBeNull();
    }
  });

  it.each(CASES)('shows %j as text, with the link %j only if it is https', async (text, url) => {
    const root = await rendered(view, text, url);
    renders++;
    expect(root.textContent).toContain(text);
    // The same elements as with plain strings; a link that is not https is left as text.
    const withoutLinks = (tags: string[]) => tags.filter((tag) => tag !== 'a');
    expect(withoutLinks(tagsOf(root))).toEqual(withoutLinks(plain));
    if (url !== PLAIN_URL) expect(root.querySelectorAll('a[href]').length).toBe(0);
    expect(unsafeMarkup(root)).toEqual([]);
  });
});
