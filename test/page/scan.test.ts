// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { buildAliasIndex } from '../../lib/detect/aliases';
import { createMatcher } from '../../lib/detect/matcher';
import { WAIT_ABOVE } from '../../lib/page/far-underlines';
import { createPageIndex } from '../../lib/page/page-index';
import type { Hit } from '../../lib/page/scan';
import { pickComparisonTarget } from '../../lib/page/target';

const match = createMatcher(
  buildAliasIndex([
    { id: 'openai/gpt-4.1-mini', name: 'GPT-4.1 mini', aliases: [] },
    { id: 'openai/gpt-4.1-nano', name: 'GPT-4.1 nano', aliases: [] },
    { id: 'openai/gpt-4o', name: 'GPT-4o', aliases: [] },
    { id: 'openai/o3', name: 'o3', aliases: [] },
  ]),
);

const textOf = (range: AbstractRange) => (range.startContainer as Text).data.slice(range.startOffset, range.endOffset);

function newIndex() {
  const painted = new Set<AbstractRange>();
  const index = createPageIndex({
    match,
    highlight: painted,
    yieldToPage: async () => {},
    context: () => document.body.textContent ?? '',
  });
  return Object.defineProperties(index as typeof index & { painted: Set<AbstractRange>; readonly hits: Hit[] }, {
    painted: { value: painted },
    // The counted hits on the page, in document order.
    hits: { get: () => index.hitsUnder(document.body) },
  });
}

async function scan(html: string) {
  document.body.innerHTML = html;
  const index = newIndex();
  await index.scan([document.body]);
  return index;
}

const texts = (index: ReturnType<typeof newIndex>) => index.hits.map((h) => h.text);

describe('page index', () => {
  it('finds names in text and code, but not in fields, editable regions or scripts', async () => {
    const index = await scan(`
      <p>GPT-4.1 mini vs <b>GPT-4.1 nano</b></p>
      <pre><code>model="gpt-4o"</code></pre>
      <textarea>GPT-4.1 mini</textarea><input value="GPT-4.1 mini">
      <div contenteditable="true"><p>GPT-4.1 mini</p></div>
      <script>const m = "GPT-4.1 mini";</script><style>/* GPT-4.1 mini */</style>`);
    expect(index.hits.map((h) => [h.text, h.modelId])).toEqual([
      ['GPT-4.1 mini', 'openai/gpt-4.1-mini'],
      ['GPT-4.1 nano', 'openai/gpt-4.1-nano'],
      ['gpt-4o', 'openai/gpt-4o'],
    ]);
    expect([...index.painted].map(textOf)).toEqual(['GPT-4.1 mini', 'GPT-4.1 nano', 'gpt-4o']);
    expect(index.modelCounts.get('openai/gpt-4.1-mini')).toBe(1);
  });

  it('carries on after an off-limits region that ends its parent', async () => {
    const index = await scan(`
      <div><p>GPT-4o</p><section><div contenteditable="true">GPT-4.1 mini</div></section></div>
      <p>GPT-4.1 nano</p>`);
    expect(texts(index)).toEqual(['GPT-4o', 'GPT-4.1 nano']);
  });

  /** An index whose clock reads two milliseconds later each time: slices end after about a hundred nodes. */
  function slicedIndex() {
    let clock = 0;
    const sliced = { turns: 0, painted: new Set<AbstractRange>() };
    const index = createPageIndex({
      match,
      highlight: sliced.painted,
      now: () => (clock += 2),
      yieldToPage: async () => {
        sliced.turns++;
      },
    });
    return Object.assign(sliced, { index });
  }

  it('paints every hit by the end of a scan cut into many slices', async () => {
    document.body.innerHTML = Array.from({ length: 300 }, (_, i) => `<p>${i}: GPT-4o and GPT-4.1 nano</p>`).join('');
    const sliced = slicedIndex();
    await sliced.index.scan([document.body]);
    expect(sliced.turns).toBeGreaterThan(2);
    expect(sliced.painted.size).toBe(600);
  });

  it('reads a large batch of page changes in slices too, and finds every name in it', async () => {
    document.body.innerHTML = '<div id="feed"></div>';
    const sliced = slicedIndex();
    const { index, painted } = sliced;
    await index.scan([document.body]);
    const observer = new MutationObserver(() => {});
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    const feed = document.getElementById('feed') as HTMLElement;
    feed.append(
      ...Array.from({ length: 200 }, (_, i) =>
        Object.assign(document.createElement('p'), { textContent: `${i}: GPT-4o` }),
      ),
    );
    // Added inside a part added in the same batch: read once, with that part.
    feed.lastElementChild?.append(' and GPT-4.1 nano');
    sliced.turns = 0;
    await index.update(observer.takeRecords());
    observer.disconnect();
    expect(sliced.turns).toBeGreaterThan(2);
    expect(painted.size).toBe(201);
    expect(index.modelCounts.get('openai/gpt-4o')).toBe(200);
  });

  it('reads many children added at once from their parent, without counting the ones it had twice', async () => {
    document.body.innerHTML = '<ul id="feed"></ul>';
    const feed = document.getElementById('feed') as HTMLElement;
    const item = (i: number) => Object.assign(document.createElement('li'), { textContent: `${i}: GPT-4o` });
    feed.append(...Array.from({ length: 100 }, (_, i) => item(i)));
    const matched: string[] = [];
    const painted = new Set<AbstractRange>();
    const index = createPageIndex({
      match: Object.assign(
        (text: string) => {
          matched.push(text);
          return match(text);
        },
        { modelOfShortName: match.modelOfShortName },
      ),
      highlight: painted,
      yieldToPage: async () => {},
    });
    await index.scan([document.body]);
    /** Items appended in one go, and the one change record a browser makes of it (happy-dom makes one per node). */
    const append = (from: number, count: number) => {
      const added = Array.from({ length: count }, (_, i) => item(from + i));
      feed.append(...added);
      return [{ type: 'childList', target: feed, addedNodes: added, removedNodes: [] }] as unknown as MutationRecord[];
    };

    // A few more items: only they are read.
    matched.length = 0;
    await index.update(append(100, 10));
    expect(matched).toHaveLength(10);

    // As many again as the list had: the list is read whole, and its earlier items still count once.
    matched.length = 0;
    await index.update(append(110, 110));
    expect(matched).toHaveLength(220);
    expect(painted.size).toBe(220);
    expect(index.modelCounts.get('openai/gpt-4o')).toBe(220);
    expect(index.hitsUnder(feed)).toHaveLength(220);

    // The same, item by item (one change record each, as happy-dom makes them): read whole too.
    const observer = new MutationObserver(() => {});
    observer.observe(document.body, { childList: true, subtree: true });
    for (let i = 0; i < 230; i++) feed.append(item(220 + i));
    matched.length = 0;
    await index.update(observer.takeRecords());
    observer.disconnect();
    expect(matched).toHaveLength(450);
    expect(painted.size).toBe(450);
    expect(index.modelCounts.get('openai/gpt-4o')).toBe(450);
  });

  it('scans open shadow roots', async () => {
    document.body.innerHTML = '<p>GPT-4o</p><div id="host"></div>';
    const shadow = (document.getElementById('host') as HTMLElement).attachShadow({ mode: 'open' });
    shadow.innerHTML = '<span>GPT-4.1 nano inside</span>';
    const index = newIndex();
    await index.scan([document.body]);
    expect([...index.painted].map(textOf)).toEqual(['GPT-4o', 'GPT-4.1 nano']);
    expect(index.shadowRoots.has(shadow)).toBe(true);
    const inShadow = shadow.querySelector('span')?.firstChild as Text;
    expect(index.hitAt(inShadow, 3)?.modelId).toBe('openai/gpt-4.1-nano');
  });

  it('scans the shadow root a custom element gets when it is defined after the scan', async () => {
    document.body.innerHTML = '<p>GPT-4o</p><late-note></late-note><plain-tag>GPT-4.1 mini</plain-tag>';
    const index = newIndex();
    await index.scan([document.body]);
    expect(texts(index)).toEqual(['GPT-4o', 'GPT-4.1 mini']);
    expect(index.waitingHosts.size).toBe(2);
    // Nothing defined yet: both still wait.
    expect(await index.scanLateShadowRoots()).toBe(true);

    customElements.define(
      'late-note',
      class extends HTMLElement {
        constructor() {
          super();
          this.attachShadow({ mode: 'open' }).innerHTML = '<span>Now GPT-4.1 nano</span>';
        }
      },
    );
    // Gone from the page: no longer waited for. (Defined without a shadow root counts as done too,
    // by `:defined`, which happy-dom does not match.)
    document.querySelector('plain-tag')?.remove();
    expect(await index.scanLateShadowRoots()).toBe(false);
    const shadow = document.querySelector('late-note')?.shadowRoot as ShadowRoot;
    expect(index.shadowRoots.has(shadow)).toBe(true);
    expect([...index.painted].map(textOf)).toContain('GPT-4.1 nano');
    expect(index.hitAt(shadow.querySelector('span')?.firstChild as Text, 5)?.modelId).toBe('openai/gpt-4.1-nano');
    expect(index.waitingHosts.size).toBe(0);
  });

  it('leaves the page as it was', async () => {
    const html = '<p>GPT-4.1 mini vs GPT-4.1 nano</p>';
    await scan(html);
    expect(document.body.innerHTML).toBe(html);
  });

  it('follows page changes incrementally: added, edited and removed text', async () => {
    const index = await scan('<p id="a">GPT-4o is here.</p><ul id="list"></ul>');
    const observer = new MutationObserver(() => {});
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });

    const item = document.createElement('li');
    item.textContent = 'Now with GPT-4.1 nano';
    document.getElementById('list')?.append(item);
    await index.update(observer.takeRecords());
    expect(texts(index)).toEqual(['GPT-4o', 'GPT-4.1 nano']);

    (item.firstChild as Text).data = 'Now with GPT-4.1 mini';
    await index.update(observer.takeRecords());
    expect(texts(index)).toEqual(['GPT-4o', 'GPT-4.1 mini']);

    const editor = document.createElement('div');
    editor.setAttribute('contenteditable', 'true');
    editor.textContent = 'Draft: GPT-4o';
    document.body.append(editor);
    await index.update(observer.takeRecords());
    expect(texts(index)).toEqual(['GPT-4o', 'GPT-4.1 mini']);
    editor.remove();

    document.getElementById('a')?.remove();
    await index.update(observer.takeRecords());
    expect(texts(index)).toEqual(['GPT-4.1 mini']);
    expect(index.painted.size).toBe(1);
    expect([...index.modelCounts.keys()]).toEqual(['openai/gpt-4.1-mini']);
    observer.disconnect();
  });

  it('counts an ambiguous name only on a page about AI models', async () => {
    expect(texts(await scan('<p>Ozone (O3) and o3 levels.</p>'))).toEqual([]);
    expect(texts(await scan('<p>We compared o3 with GPT-4o.</p>'))).toEqual(['o3', 'GPT-4o']);
    expect(texts(await scan('<p>For LLM inference, o3 takes long prompts.</p>'))).toEqual(['o3']);
  });

  it('counts a held-back ambiguous name once an unambiguous one appears', async () => {
    const index = await scan('<p>o3 is here.</p><div id="more"></div>');
    expect(texts(index)).toEqual([]);
    const observer = new MutationObserver(() => {});
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    document.getElementById('more')?.append('Compare it with GPT-4o.');
    await index.update(observer.takeRecords());
    expect(texts(index)).toEqual(['o3', 'GPT-4o']);
    observer.disconnect();
  });
});

describe('pickComparisonTarget', () => {
  it('compares with the other model in the same row, not the nearest on the page', async () => {
    const index = await scan(`
      <table><tr><td>GPT-4o</td><td>GPT-4.1 mini</td></tr>
      <tr><td>GPT-4.1 nano</td><td>text</td></tr></table>`);
    const mini = index.hits.find((h) => h.modelId === 'openai/gpt-4.1-mini');
    expect(mini && pickComparisonTarget(mini, index)).toBe('openai/gpt-4o');
  });

  it('falls back to the only other model on the page, and to none when there are several', async () => {
    let index = await scan('<p>GPT-4.1 mini is small.</p><p>GPT-4.1 nano is smaller.</p>');
    expect(pickComparisonTarget(index.hits[0] as Hit, index)).toBe('openai/gpt-4.1-nano');
    index = await scan('<p>GPT-4.1 mini.</p><p>GPT-4.1 nano.</p><p>GPT-4o.</p>');
    expect(pickComparisonTarget(index.hits[0] as Hit, index)).toBeUndefined();
  });

  it('puts the pinned baseline first, except on the baseline itself', async () => {
    const index = await scan('<p>GPT-4.1 mini vs GPT-4.1 nano</p>');
    const [mini, nano] = index.hits as [Hit, Hit];
    expect(pickComparisonTarget(mini, index, 'openai/gpt-4o')).toBe('openai/gpt-4o');
    expect(pickComparisonTarget(nano, index, 'openai/gpt-4.1-nano')).toBe('openai/gpt-4.1-mini');
  });

  it('ignores repeated mentions of the hovered model itself', async () => {
    const index = await scan('<p>GPT-4.1 mini, GPT-4.1 mini and GPT-4.1 nano</p>');
    expect(pickComparisonTarget(index.hits[0] as Hit, index)).toBe('openai/gpt-4.1-nano');
  });
});

// Pages of 2,000 paragraphs in happy-dom: seconds of DOM work on a busy machine.
describe('the page index, viewport first', { timeout: 30_000 }, () => {
  /** Paragraphs stacked 20 px apart, each naming a model; a zone the test moves; paint batches recorded. */
  function stackedPage(count = 600) {
    document.body.innerHTML = Array.from({ length: count }, (_, i) => `<p>${i}: GPT-4o</p>`).join('');
    const extents = new Map(
      [...document.body.querySelectorAll('p')].map((p, i) => [p, { top: i * 20, bottom: i * 20 + 20 }]),
    );
    const page = {
      zone: { top: 6_001, bottom: 6_099 },
      /** The viewport within the zone, when the test gives one. */
      view: undefined as { top: number; bottom: number } | undefined,
      /** The paragraphs matched, in order. */
      matched: [] as number[],
      /** The paragraphs underlined, one list per paint. */
      paints: [] as number[][],
      /** The paragraphs whose underline was taken away. */
      removed: [] as number[],
      onMatch: (_paragraph: number) => {},
      /** Tells the index the viewport moved. */
      scrolled: () => {},
    };
    let batch: number[] | undefined;
    const paragraphOf = (range: AbstractRange) => Number((range.startContainer as Text).data.split(':')[0]);
    const index = createPageIndex({
      match: Object.assign(
        (text: string) => {
          const paragraph = Number(text.split(':')[0]);
          page.matched.push(paragraph);
          page.onMatch(paragraph);
          return match(text);
        },
        { modelOfShortName: match.modelOfShortName },
      ),
      highlight: {
        // A paint adds its ranges in one go: one batch per synchronous run.
        add(range) {
          if (!batch) {
            const current: number[] = [];
            batch = current;
            page.paints.push(current);
            queueMicrotask(() => {
              batch = undefined;
            });
          }
          batch.push(paragraphOf(range));
        },
        delete(range) {
          page.removed.push(paragraphOf(range));
        },
      },
      layout: {
        zone: () => page.zone,
        view: () => page.view ?? page.zone,
        extent: (element) => extents.get(element as HTMLParagraphElement),
        frame: async () => {},
        watch(moved) {
          page.scrolled = moved;
        },
      },
      yieldToPage: async () => {},
      idle: async () => () => 0,
      // A clock that never runs out: slices end only where the scan says.
      now: () => 0,
    });
    return Object.assign(page, { index });
  }

  it('underlines what is in and near the viewport first, then the rest in one more paint, nearest first', async () => {
    const page = stackedPage();
    await page.index.scan([document.body]);
    expect(page.paints).toHaveLength(2);
    expect(page.paints[0]).toEqual([300, 301, 302, 303, 304]);
    expect(page.paints.flat().sort((a, b) => a - b)).toEqual(Array.from({ length: 600 }, (_, i) => i));
    // The zone, then the chunks beside it, then the farther ones: the one just before it, then the end.
    const firstOfEach = [
      ...new Set(page.matched.map((p) => (p >= 305 ? (p < 561 ? 305 : 561) : p < 256 ? 0 : p < 300 ? 256 : 300))),
    ];
    expect(firstOfEach.slice(0, 1)).toEqual([300]);
    expect(firstOfEach.slice(1, 3).sort((a, b) => a - b)).toEqual([256, 305]);
    expect(firstOfEach.slice(3)).toEqual([0, 561]);
  });

  it('underlines what is in the viewport before the margin around it, and scans the margin next', async () => {
    const page = stackedPage();
    page.view = { top: 6_041, bottom: 6_059 };
    await page.index.scan([document.body]);
    expect(page.paints[0]).toEqual([302]);
    expect(page.paints[1]).toEqual([300, 301, 303, 304]);
    expect(page.matched.slice(0, 5)).toEqual([302, 300, 301, 303, 304]);
    expect(page.paints.flat().sort((a, b) => a - b)).toEqual(Array.from({ length: 600 }, (_, i) => i));
  });

  it('underlines a short name in view with the viewport, as the model the page has named most so far', async () => {
    const opus = createMatcher(
      buildAliasIndex([
        { id: 'anthropic/claude-opus-4.7', name: 'Claude Opus 4.7', aliases: [] },
        { id: 'openai/gpt-4o', name: 'GPT-4o', aliases: [] },
      ]),
    );
    document.body.innerHTML = Array.from({ length: 600 }, (_, i) =>
      i === 301 ? '<p>Claude Opus 4.7 leads, and Opus writes well.</p>' : `<p>${i}: GPT-4o</p>`,
    ).join('');
    const extents = new Map(
      [...document.body.querySelectorAll('p')].map((p, i) => [p, { top: i * 20, bottom: i * 20 + 20 }]),
    );
    const paints: string[][] = [];
    let batch: string[] | undefined;
    const index = createPageIndex({
      match: opus,
      highlight: {
        add(range) {
          if (!batch) {
            const current: string[] = [];
            batch = current;
            paints.push(current);
            queueMicrotask(() => {
              batch = undefined;
            });
          }
          batch.push(textOf(range));
        },
        delete() {},
      },
      layout: {
        zone: () => ({ top: 6_001, bottom: 6_099 }),
        extent: (element) => extents.get(element as HTMLParagraphElement),
        frame: async () => {},
        watch() {},
      },
      yieldToPage: async () => {},
      idle: async () => () => 0,
      now: () => 0,
    });
    await index.scan([document.body]);
    expect(paints[0]).toContain('Opus');
    expect(index.modelCounts.get('anthropic/claude-opus-4.7')).toBe(2);
  });

  it('on a page with many names, underlines the far ones as the viewport comes near them', async () => {
    const page = stackedPage(WAIT_ABOVE + 1_000);
    await page.index.scan([document.body]);
    // Every name is found and counted; only those in and near the viewport are underlined.
    expect(page.index.modelCounts.get('openai/gpt-4o')).toBe(WAIT_ABOVE + 1_000);
    expect(page.paints.flat()).toEqual([300, 301, 302, 303, 304]);
    // The reader scrolls to the end: the next frame underlines the part of the page there, and only it.
    const last = WAIT_ABOVE + 999;
    page.zone = { top: last * 20 + 1, bottom: last * 20 + 19 };
    page.scrolled();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(page.paints).toHaveLength(2);
    expect(page.paints[1]).toContain(last);
    expect(page.paints[1]).not.toContain(1_000);
    // Scrolling there again underlines nothing twice.
    page.scrolled();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(page.paints).toHaveLength(2);
    // Back at the top, the part at the end gives its underlines back, and the top's come.
    page.zone = { top: 1, bottom: 99 };
    page.scrolled();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(page.removed.sort((a, b) => a - b)).toEqual([...(page.paints[1] ?? [])].sort((a, b) => a - b));
    expect(page.paints.at(-1)).toContain(0);
  });

  it('underlines every far name at the end of the scan when there are few', async () => {
    const page = stackedPage(WAIT_ABOVE - 100);
    await page.index.scan([document.body]);
    expect(page.paints).toHaveLength(2);
    expect(page.paints.flat()).toHaveLength(WAIT_ABOVE - 100);
  });

  it('takes next what scrolling brings into view, and underlines it before the rest', async () => {
    const page = stackedPage();
    page.onMatch = (paragraph) => {
      // Once the scan is past the viewport, the reader scrolls to the end.
      if (paragraph === 310 && page.zone.top < 10_000) {
        page.zone = { top: 11_301, bottom: 11_399 };
        page.scrolled();
      }
    };
    await page.index.scan([document.body]);
    const scrolledTo = page.paints.findIndex((paint) => paint.includes(570));
    expect(scrolledTo).toBeGreaterThan(0);
    expect(scrolledTo).toBeLessThan(page.paints.length - 1);
    expect(page.paints.flat()).toHaveLength(600);
    // The chunk in view came right after the one being scanned when the reader scrolled.
    expect(page.matched.indexOf(561)).toBeLessThan(page.matched.indexOf(0));
  });
});
