import { describe, expect, it } from 'vitest';
import { buildAliasIndex } from '../../lib/detect/aliases';
import { evaluateMentions, precisionRecall } from '../../lib/detect/evaluate';
import { createMatcher } from '../../lib/detect/matcher';
import { readCorpus } from '../../scripts/support/corpus';
import { readCuratedDataset } from '../../scripts/support/dataset';
import { scanText } from '../../scripts/support/scan-text';

const { models } = readCuratedDataset();
const match = createMatcher(buildAliasIndex(models));
const knownIds = new Set(models.map((m) => m.id));
const pages = readCorpus().map((page) => ({
  page,
  evaluation: evaluateMentions(scanText(page.name, page.content, match).mentions, page.labels, knownIds),
}));

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
