// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { distance, type Extent, type Layout, planRegions, type Region, takeNearest } from '../../lib/page/regions';

/** A layout that stacks the given elements down the page, `height` pixels each, and a zone of `zone`. */
function stacked(
  elements: Iterable<Element>,
  height: number,
  zone: Extent,
  extra = new Map<Element, Extent>(),
): Layout {
  const extents = new Map(extra);
  let top = 0;
  for (const element of elements) {
    if (!extents.has(element)) extents.set(element, { top, bottom: top + height });
    top += height;
  }
  return { zone: () => zone, extent: (element) => extents.get(element), frame: async () => {}, watch() {} };
}

/** The near and far regions of a root, as planRegions lists them. */
function plan(root: Node, layout: Layout, split: (element: Element) => boolean = () => true) {
  const near: Region[] = [];
  const far: Region[] = [];
  planRegions(root, layout, split, near, far);
  return { near, far };
}

/** The regions in the viewport, in the margin around it, and far, as planRegions lists them. */
function planWithMargin(root: Node, layout: Layout) {
  const near: Region[] = [];
  const margin: Region[] = [];
  const far: Region[] = [];
  planRegions(root, layout, () => true, near, far, margin);
  return { near, margin, far };
}

/** The nodes a region covers, in order (all of its parent's for a whole one). */
function nodesOf(region: Region): Node[] {
  if (region.start === undefined) return [...region.parent.childNodes];
  const nodes: Node[] = [];
  for (let node = region.start; node && node !== region.stop; node = node.nextSibling) nodes.push(node);
  return nodes;
}

/** The leaf texts under the nodes of the regions, in order of the regions. */
function textsOf(regions: readonly Region[]): string[] {
  return regions.flatMap(nodesOf).flatMap((node) => (node.textContent ?? '').split('|').filter(Boolean));
}

const paragraphs = (count: number, from = 0) => Array.from({ length: count }, (_, i) => `<p>${from + i}|</p>`).join('');

describe('planRegions', () => {
  it('takes the paragraphs in the zone first, and the rest in chunks, every node exactly once', () => {
    document.body.innerHTML = `${paragraphs(1_000)}tail|`;
    const ps = [...document.body.querySelectorAll('p')];
    // The zone shows paragraphs 500 to 504.
    const { near, far } = plan(document.body, stacked(ps, 20, { top: 10_001, bottom: 10_099 }));
    expect(textsOf(near)).toEqual(['500', '501', '502', '503', '504']);
    expect(far.length).toBeGreaterThan(2);
    const all = [...textsOf(near), ...textsOf(far)];
    expect(all.sort()).toEqual([...Array.from({ length: 1_000 }, (_, i) => `${i}`), 'tail'].sort());
    // Far chunks know where they lie, and the nearest are the ones beside the zone.
    const zone = { top: 10_001, bottom: 10_099 };
    const nearest = [...far].sort((a, b) => distance(a, zone) - distance(b, zone));
    expect(textsOf(nearest.slice(0, 2)).sort()).toContain('505');
    expect(textsOf(nearest.slice(0, 2))).toContain('499');
  });

  it('takes the paragraphs in the viewport before those in the margin around it', () => {
    document.body.innerHTML = paragraphs(300);
    const ps = [...document.body.querySelectorAll('p')];
    // The zone shows paragraphs 50 to 59, the viewport within it 54 and 55.
    const layout = { ...stacked(ps, 20, { top: 1_001, bottom: 1_199 }), view: () => ({ top: 1_081, bottom: 1_119 }) };
    const { near, margin, far } = planWithMargin(document.body, layout);
    expect(textsOf(near)).toEqual(['54', '55']);
    expect(textsOf(margin)).toEqual(['50', '51', '52', '53', '56', '57', '58', '59']);
    const all = [...textsOf(near), ...textsOf(margin), ...textsOf(far)];
    expect(all.sort()).toEqual(Array.from({ length: 300 }, (_, i) => `${i}`).sort());
    // Without a viewport of its own, the layout's zone is scanned as one.
    const whole = planWithMargin(document.body, stacked(ps, 20, { top: 1_001, bottom: 1_199 }));
    expect(textsOf(whole.near)).toEqual(['50', '51', '52', '53', '54', '55', '56', '57', '58', '59']);
    expect(whole.margin).toEqual([]);
  });

  it('goes into a part taller than the zone that meets it, and keeps the text around it', () => {
    document.body.innerHTML = `<header>top|</header>before|<main><article>${paragraphs(500)}</article></main>after|<footer>end|</footer>`;
    const ps = [...document.body.querySelectorAll('p')];
    const main = document.querySelector('main') as Element;
    const article = document.querySelector('article') as Element;
    const header = document.querySelector('header') as Element;
    const footer = document.querySelector('footer') as Element;
    const layout = stacked(
      ps,
      20,
      { top: 2_001, bottom: 2_059 },
      new Map([
        [header, { top: -50, bottom: 0 }],
        [main, { top: 0, bottom: 10_000 }],
        [article, { top: 0, bottom: 10_000 }],
        [footer, { top: 10_000, bottom: 10_050 }],
      ]),
    );
    const { near, far } = plan(document.body, layout);
    expect(textsOf(near)).toEqual(['100', '101', '102', 'after']);
    const all = [...textsOf(near), ...textsOf(far)].sort();
    expect(all).toEqual(['top', 'before', 'after', 'end', ...Array.from({ length: 500 }, (_, i) => `${i}`)].sort());
    // An element that may not be split (a shadow host, a field) is scanned whole.
    const whole = plan(document.body, layout, (element) => element !== main);
    expect(textsOf(whole.near)).toContain('250');
  });

  it('steps over elements without a box, and scans a parent none of whose parts shows in order', () => {
    document.body.innerHTML = paragraphs(200);
    const ps = [...document.body.querySelectorAll('p')];
    const hidden = new Set(ps.filter((_, i) => i % 3 === 0));
    const base = stacked(ps, 20, { top: 1_000, bottom: 1_039 });
    const layout: Layout = {
      ...base,
      extent: (element) => (hidden.has(element as HTMLParagraphElement) ? undefined : base.extent(element)),
    };
    const { near } = plan(document.body, layout);
    expect(textsOf(near)).toEqual(expect.arrayContaining(['50', '51']));
    expect(textsOf(near).length).toBeLessThan(6);

    document.body.innerHTML = paragraphs(3);
    const none = plan(document.body, {
      zone: () => ({ top: 0, bottom: 100 }),
      extent: () => undefined,
      frame: async () => {},
      watch() {},
    });
    expect(textsOf(none.near)).toEqual(['0', '1', '2']);
    expect(none.far).toEqual([]);
  });
});

describe('takeNearest', () => {
  const at = (top: number, bottom: number): Region => ({ parent: document.body, extent: { top, bottom } });

  it('takes the region nearest the zone, above or below, and the first of those as near', () => {
    const zone = { top: 0, bottom: 100 };
    const above = at(-500, -300);
    const below = at(150, 250);
    const unknown: Region = { parent: document.body };
    const tie = at(-150, -50);
    const regions = [unknown, above, below, tie];
    expect(takeNearest(regions, zone)).toBe(below);
    expect(takeNearest(regions, zone)).toBe(tie);
    expect(takeNearest(regions, zone)).toBe(above);
    expect(takeNearest(regions, zone)).toBe(unknown);
    expect(takeNearest(regions, zone)).toBeUndefined();
  });
});
