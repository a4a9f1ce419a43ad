import { beforeAll, describe, expect, it } from 'vitest';
import { type Evaluation, precisionRecall } from '../../lib/detect/evaluate';
import { curatedDetection, evaluatePage } from '../../scripts/support/detection';
import { pageText, type RealPage, readRealPages, type Split } from '../../scripts/support/real-pages';

const detection = curatedDetection();

/** What detection must reach on each split (issue 12's targets). */
const TARGETS = { precision: 0.98, recall: 0.95, figuresRate: 0.9, negativeHits: 0 };

/**
 * What it reaches today, as regression floors: the targets are not met yet (see the README's
 * "Detection on real pages"), and a change that loses ground fails here. Raise them as it gains.
 */
const FLOORS: Record<Split, typeof TARGETS> = {
  dev: { precision: 0.985, recall: 0.94, figuresRate: 0.9, negativeHits: 0 },
  test: { precision: 0.935, recall: 0.84, figuresRate: 0.68, negativeHits: 0 },
};
const pages = readRealPages();
const LICENCES = new Set(['MIT', 'Apache-2.0', 'BSD-2-Clause', 'BSD-3-Clause', 'CC-BY-3.0', 'CC-BY-4.0', 'CC0-1.0']);

describe('real pages (test/fixtures/real-pages)', () => {
  it('are many, varied and from many public repositories', () => {
    const positive = pages.filter((p) => p.entry.polarity === 'positive');
    expect(pages.length).toBeGreaterThanOrEqual(60);
    expect(positive.length).toBeGreaterThanOrEqual(40);
    expect(pages.length - positive.length).toBeGreaterThanOrEqual(15);
    expect(new Set(pages.map((p) => p.entry.repo)).size).toBeGreaterThanOrEqual(25);
    expect(pages.filter((p) => p.entry.year < 2025).length).toBeGreaterThanOrEqual(10);
    expect(pages.filter((p) => p.entry.language !== 'en').length).toBeGreaterThanOrEqual(5);
    expect(pages.filter((p) => !LICENCES.has(p.entry.licence)).map((p) => p.entry.file)).toEqual([]);
    expect(pages.filter((p) => !/^[0-9a-f]{40}$/.test(p.entry.commit)).map((p) => p.entry.file)).toEqual([]);
  });

  it('are split half and half', () => {
    const dev = pages.filter((p) => p.entry.split === 'dev').length;
    expect(Math.abs(dev - (pages.length - dev))).toBeLessThanOrEqual(1);
  });

  it('have labels that sit on the text they quote, and none on negative pages', () => {
    const misplaced = pages.flatMap(({ entry, content, labels }) => {
      const text = pageText(entry.file, content);
      return labels
        .filter((l) => text.slice(l.start, l.end) !== l.text)
        .map((l) => `${entry.file} ${l.start}: ${l.text}`);
    });
    expect(misplaced).toEqual([]);
    expect(pages.filter((p) => p.entry.polarity === 'negative' && p.labels.length > 0)).toEqual([]);
  });

  // Only totals are printed: the misses of the test split are never read, so nothing is tuned on them.
  describe.each(['dev', 'test'] as Split[])('%s split', (split) => {
    let evaluated: { page: RealPage; evaluation: Evaluation }[] = [];
    let totals: ReturnType<typeof precisionRecall>;
    beforeAll(async () => {
      const ofSplit = pages.filter((p) => p.entry.split === split);
      evaluated = await Promise.all(
        ofSplit.map(async (page) => ({
          page,
          evaluation: await evaluatePage(page.entry.file, page.content, page.labels, detection),
        })),
      );
      totals = precisionRecall(evaluated.map((e) => e.evaluation));
    }, 120_000);

    it('finds no more on pages that are not about AI models than it did', () => {
      const hits = evaluated
        .filter(({ page }) => page.entry.polarity === 'negative')
        .reduce((n, { evaluation }) => n + evaluation.falsePositives.length, 0);
      expect(hits).toBeLessThanOrEqual(FLOORS[split].negativeHits);
    });

    it('keeps precision, recall and the share of names with figures', () => {
      const measured = { precision: totals.precision, recall: totals.recall, figuresRate: totals.figuresRate };
      const shown = (Object.keys(measured) as (keyof typeof measured)[])
        .map((k) => `${k} ${measured[k].toFixed(3)} (target ${TARGETS[k]})`)
        .join(', ');
      console.log(
        `real pages, ${split}: ${evaluated.length} pages, ${shown}; ` +
          `${totals.truePositives} found, ${totals.falsePositives} wrong, ${totals.falseNegatives} missed`,
      );
      expect(totals.precision).toBeGreaterThanOrEqual(FLOORS[split].precision);
      expect(totals.recall).toBeGreaterThanOrEqual(FLOORS[split].recall);
      expect(totals.figuresRate).toBeGreaterThanOrEqual(FLOORS[split].figuresRate);
    });
  });
});
