/**
 * Maintainer tool: how the detector does on labelled pages.
 * - no option: the self-written corpus (test/fixtures/corpus): every miss and wrong hit, page by page, then totals;
 * - `--split dev`: the real pages' dev split (test/fixtures/real-pages): every miss and wrong hit, then totals;
 * - `--split test`: the real pages' test split: its totals only, so that nothing is tuned on it.
 */
import { basename } from 'node:path';
import { type Evaluation, precisionRecall } from '../lib/detect/evaluate';
import { readCorpus } from './support/corpus';
import { curatedDetection, describeMention, evaluatePage } from './support/detection';
import { readRealPages, type Split } from './support/real-pages';
import { stopQuietlyWhenPipeCloses } from './support/stdout';

stopQuietlyWhenPipeCloses();

const at = process.argv.indexOf('--split');
const split = at === -1 ? undefined : process.argv[at + 1];
if (split !== undefined && split !== 'dev' && split !== 'test') {
  console.error('Usage: npm run --silent corpus:report [-- --split dev|test]');
  process.exit(2);
}

const detection = curatedDetection();
const pages =
  split === undefined
    ? readCorpus().map((page) => ({ name: page.name, content: page.content, labels: page.labels, negative: false }))
    : readRealPages(split as Split).map((page) => ({
        name: page.entry.file,
        content: page.content,
        labels: page.labels,
        negative: page.entry.polarity === 'negative',
      }));

const listMisses = split !== 'test';
let negativePageHits = 0;
const evaluations: Evaluation[] = [];
for (const page of pages) {
  const evaluation = await evaluatePage(page.name, page.content, page.labels, detection);
  if (page.negative) negativePageHits += evaluation.falsePositives.length;
  if (listMisses) {
    const name = basename(page.name);
    for (const m of evaluation.falsePositives) console.log(`${name}\tFP\t${m.text}\t${describeMention(m)}`);
    for (const m of evaluation.falseNegatives) console.log(`${name}\tFN\t${m.text}\t${m.label}`);
  }
  evaluations.push(evaluation);
}
const totals = precisionRecall(evaluations);
console.log(JSON.stringify(split === undefined ? totals : { split, pages: pages.length, ...totals, negativePageHits }));
