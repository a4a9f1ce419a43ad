// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { RangeSet } from '../../lib/page/highlights';
import { createPainter } from '../../lib/page/painter';
import type { Hit } from '../../lib/page/scan';

/** A highlight that records its changes: which set was painted, and every swap. */
function recordingHighlight() {
  const painted = { set: new Set<AbstractRange>(), swaps: 0, drafts: 0 };
  const highlight: RangeSet = {
    add: (range) => painted.set.add(range),
    delete: (range) => painted.set.delete(range),
    draft() {
      painted.drafts++;
      const next = new Set<AbstractRange>();
      return {
        add: (range) => next.add(range),
        delete: (range) => next.delete(range),
        swap() {
          painted.set = next;
          painted.swaps++;
        },
      };
    },
  };
  return { painted, highlight };
}

function hits(count: number): Hit[] {
  const node = document.createTextNode('GPT-4o '.repeat(count));
  return Array.from({ length: count }, (_, i) => ({
    start: i * 7,
    end: i * 7 + 6,
    text: 'GPT-4o',
    modelId: 'openai/gpt-4o',
    node,
    counted: true,
  }));
}

describe('the painter', () => {
  it('paints a few changes in one go, builds ranges only for names still counted, and takes away the uncounted', () => {
    const { painted, highlight } = recordingHighlight();
    const found = hits(3);
    const painter = createPainter(highlight, () => found);
    for (const hit of found) painter.add(hit);
    (found[2] as Hit).counted = false;
    expect(painter.paint(() => false)).toBe(true);
    expect(painted.set.size).toBe(2);
    expect(found[2]?.range).toBeUndefined();
    expect(painter.pending).toBe(false);

    (found[0] as Hit).counted = false;
    painter.remove(found[0] as Hit);
    expect(painter.pending).toBe(true);
    painter.paint(() => false);
    expect([...painted.set]).toEqual([found[1]?.range]);
    expect(painted.drafts).toBe(0);
  });

  it('leaves out a name no longer to be underlined since it was added (a far one gone back to waiting)', () => {
    const { painted, highlight } = recordingHighlight();
    const found = hits(2);
    const waiting = new Set<Hit>();
    const painter = createPainter(
      highlight,
      () => found,
      (hit) => !waiting.has(hit),
    );
    for (const hit of found) painter.add(hit);
    waiting.add(found[1] as Hit);
    painter.paint(() => false);
    expect([...painted.set]).toEqual([found[0]?.range]);
    expect(found[1]?.range).toBeUndefined();
  });

  it('fills a fresh highlight over several slices when there is much to paint, and swaps it in at once', () => {
    const { painted, highlight } = recordingHighlight();
    const found = hits(10_000);
    const painter = createPainter(highlight, () => found.filter((hit) => hit.counted));
    for (const hit of found) painter.add(hit);
    let steps = 0;
    let slices = 1;
    const due = () => ++steps % 1_000 === 0;
    while (!painter.paint(due)) {
      // Nothing is painted until the swap.
      expect(painted.set.size).toBe(0);
      slices++;
    }
    expect(slices).toBeGreaterThan(5);
    expect(painted.swaps).toBe(1);
    expect(painted.set.size).toBe(10_000);
  });
});
