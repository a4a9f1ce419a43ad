import type { Model } from '../../lib/data/schema';
import { buildNameIndex } from '../../lib/detect/aliases';
import { type Evaluation, type ExpectedMention, evaluateMentions, type KnownIds } from '../../lib/detect/evaluate';
import { createMatcher, type Matcher, type Mention } from '../../lib/detect/matcher';
import { readCuratedDataset } from './dataset';
import { scanText } from './scan-text';

/** The detector as the extension builds it from the curated dataset, and the ids that dataset holds. */
export interface Detection {
  match: Matcher;
  known: KnownIds;
}

export function curatedDetection(): Detection {
  const dataset = readCuratedDataset();
  const figured = new Set(dataset.models.filter(hasFigures).map((m) => m.id));
  const seriesFigured = dataset.series
    .filter((s) => s.members.some((id) => figured.has(id)))
    .map((s) => `series:${s.id}`);
  return {
    match: createMatcher(buildNameIndex(dataset)),
    known: {
      models: new Set(dataset.models.map((m) => m.id)),
      series: new Set(dataset.series.map((s) => s.id)),
      withFigures: new Set([...figured, ...seriesFigured]),
    },
  };
}

/** Whether a model's card shows a figure: a price (per token or per unit), a score, speed or its context. */
function hasFigures(model: Model): boolean {
  return Boolean(model.price || model.unitPrice || model.speed || model.limits || Object.keys(model.scores).length > 0);
}

/** Finds the names in one page as the extension does and compares them with the page's labels. */
export async function evaluatePage(
  file: string,
  content: string,
  labels: readonly ExpectedMention[],
  detection: Detection,
): Promise<Evaluation> {
  const { mentions } = await scanText(file, content, detection.match);
  return evaluateMentions(mentions, labels, detection.known);
}

/** What a found mention names, in one word: a model id, `series:`, `variant:` or `?family`. */
export function describeMention(m: Mention): string {
  if (m.modelId) return m.modelId;
  if (m.seriesId) return `series:${m.seriesId}`;
  if (m.variantOf) return `variant:${m.variantOf}`;
  return `?${m.family ?? ''}`;
}
