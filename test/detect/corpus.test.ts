import { describe, expect, it } from 'vitest';
import { precisionRecall } from '../../lib/detect/evaluate';
import { readCorpus } from '../../scripts/support/corpus';
import { curatedDetection, evaluatePage } from '../../scripts/support/detection';

const detection = curatedDetection();
const pages = await Promise.all(
  readCorpus().map(async (page) => ({
    page,
    evaluation: await evaluatePage(page.name, page.content, page.labels, detection),
  })),
);

describe('labelled corpus (test/fixtures/corpus)', () => {
  it('has at least 20 pages, AI and non-AI', () => {
    expect(pages.length).toBeGreaterThanOrEqual(20);
    expect(pages.filter(({ page }) => page.labels.length === 0).length).toBeGreaterThanOrEqual(5);
  });

  it('finds nothing on pages that are not about AI models', () => {
    const hits = pages
      .filter(({ page }) => page.labels.length === 0)
      .flatMap(({ page, evaluation }) => evaluation.falsePositives.map((m) => `${page.name}: ${m.text}`));
    expect(hits).toEqual([]);
  });

  it('keeps precision and recall over mention spans', () => {
    const score = precisionRecall(pages.map(({ evaluation }) => evaluation));
    console.log(
      `corpus: ${pages.length} pages, precision ${score.precision.toFixed(3)}, recall ${score.recall.toFixed(3)} ` +
        `(${score.truePositives} found, ${score.falsePositives} wrong, ${score.falseNegatives} missed; ` +
        'npm run --silent corpus:report lists them)',
    );
    // The product's quality bar for detection.
    expect(score.precision).toBeGreaterThanOrEqual(0.98);
    expect(score.recall).toBeGreaterThanOrEqual(0.95);
  });
});
