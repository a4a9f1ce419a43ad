/** Maintainer tool: every miss and wrong hit of the detector on the labelled corpus, page by page. */
import { buildAliasIndex } from '../lib/detect/aliases';
import { evaluateMentions, precisionRecall } from '../lib/detect/evaluate';
import { createMatcher } from '../lib/detect/matcher';
import { readCorpus } from './support/corpus';
import { readCuratedDataset } from './support/dataset';
import { scanText } from './support/scan-text';
import { stopQuietlyWhenPipeCloses } from './support/stdout';

stopQuietlyWhenPipeCloses();

const { models } = readCuratedDataset();
const match = createMatcher(buildAliasIndex(models));
const knownIds = new Set(models.map((m) => m.id));
const evaluations = readCorpus().map((page) => {
  const evaluation = evaluateMentions(scanText(page.name, page.content, match).mentions, page.labels, knownIds);
  const name = page.name.split('/').pop();
  for (const m of evaluation.falsePositives)
    console.log(`${name}\tFP\t${m.text}\t${m.modelId ?? `?${m.family}`}${m.variant ? ' (variant)' : ''}`);
  for (const m of evaluation.falseNegatives) console.log(`${name}\tFN\t${m.text}\t${m.label}`);
  return evaluation;
});
console.log(JSON.stringify(precisionRecall(evaluations)));
